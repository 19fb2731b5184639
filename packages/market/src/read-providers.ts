import type { Issue } from '@placewise/model';
import { findMarketAuthority } from './authorities.js';
import { parseCsvRecords } from './internal/csv.js';
import {
  locateColumns,
  PROVIDER_COLUMNS,
  REQUIRED_PROVIDER_COLUMNS,
  repeatedColumns,
} from './internal/provider-columns.js';
import { judgementOf } from './judgement.js';
import type { ProviderRecord, ProviderSnapshot } from './market-data.js';
import { provisionKindOf } from './provision.js';
import { sectorOf } from './sector.js';

/**
 * Options for {@link readOfstedProviders}.
 *
 * @example
 * const options: ReadOfstedProvidersOptions = { file: 'providers-2025.csv', asAt: '2025-03-31' };
 */
export interface ReadOfstedProvidersOptions {
  /** File name for issue locations and the snapshot's source. Default `providers.csv`. */
  file?: string;
  /** The 31 March the list is at. Default: the 31 March on or after the latest registration date in it. */
  asAt?: string;
}

/**
 * What happened to each data row: rows read = accepted + rejected + other provision + inactive + blank.
 *
 * @example
 * const counts: ProviderReadCounts = { read: 10, accepted: 7, rejected: 1, otherProvision: 1, inactive: 0, blank: 1 };
 */
export interface ProviderReadCounts {
  read: number;
  accepted: number;
  rejected: number;
  /** Provision the market package does not count (boarding schools, adoption agencies…). */
  otherProvision: number;
  /** Providers whose registration status is neither active nor suspended. */
  inactive: number;
  blank: number;
}

const isoOf = (text: string): string | undefined => {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : undefined;
};

/**
 * Reads an Ofsted provider-level CSV ("Children's social care data in England", provider level) that a
 * user downloaded, so a newer list than the embedded 31 March 2023 one can stand in for it. Same columns
 * as Ofsted's file; header spellings, case and punctuation may vary. Children's homes (all three kinds)
 * and fostering agencies are kept; other provision and closed providers are counted, not kept. Bad rows
 * are located issues, never exceptions. A column given twice is read from its leftmost copy, and each
 * other copy is a `providers.column-duplicate` warning.
 *
 * @example
 * const csv = 'URN,Provision type,Local authority,Sector,Places,Organisation which owns the provider\n' +
 *   "SC1,Children's home,Leeds,Private,4,Example Care Ltd\n";
 * readOfstedProviders(csv, { asAt: '2025-03-31' }).value.snapshot.providers.length; // 1
 */
export function readOfstedProviders(
  text: string,
  options: ReadOfstedProvidersOptions = {},
): { value: { snapshot: ProviderSnapshot; counts: ProviderReadCounts }; issues: Issue[] } {
  const file = options.file ?? 'providers.csv';
  const issues: Issue[] = [];
  const [header, ...rows] = parseCsvRecords(text);
  const counts: ProviderReadCounts = {
    read: rows.length,
    accepted: 0,
    rejected: 0,
    otherProvision: 0,
    inactive: 0,
    blank: 0,
  };
  const providers: ProviderRecord[] = [];
  const columns = locateColumns(header?.fields ?? []);
  // A column named twice (or under two of its spellings): the leftmost is read, and each other is reported.
  for (const { column, read, ignored } of repeatedColumns(header?.fields ?? [], columns))
    issues.push({
      code: 'providers.column-duplicate',
      severity: 'warning',
      message: `Column ${ignored + 1} is a second ${column} column; it is ignored and column ${read + 1} is read.`,
      location: { file, row: 0, column: (header?.fields[ignored] ?? '').trim() },
    });
  const missing = REQUIRED_PROVIDER_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    for (const column of missing)
      issues.push({
        code: 'providers.missing-column',
        severity: 'error',
        message: `No ${column} column (looked for: ${PROVIDER_COLUMNS[column].join(', ')}).`,
        location: { file, row: 0, column },
      });
    counts.rejected = rows.length;
    return { value: { snapshot: { asAt: options.asAt ?? '', source: file, providers }, counts }, issues };
  }
  let latest = '';
  const urns = new Set<string>();
  for (const [index, { fields }] of rows.entries()) {
    const rowNumber = index + 1;
    const get = (c: keyof typeof PROVIDER_COLUMNS) =>
      columns[c] === undefined ? '' : (fields[columns[c] as number] ?? '').trim();
    const problem = (code: string, column: string, message: string) => {
      issues.push({ code, severity: 'error', message, location: { file, row: rowNumber, column } });
      counts.rejected++;
    };
    if (fields.every((f) => f.trim() === '')) {
      counts.blank++;
      continue;
    }
    const kind = provisionKindOf(get('provisionType'));
    if (!kind) {
      if (get('provisionType') === '')
        problem('providers.provision-type-missing', 'Provision type', 'No provision type.');
      else counts.otherProvision++;
      continue;
    }
    const status = get('status').toLowerCase();
    if (status && status !== 'active' && status !== 'suspended') {
      counts.inactive++;
      continue;
    }
    const urn = get('urn');
    if (!urn) {
      problem('providers.urn-missing', 'URN', 'No URN.');
      continue;
    }
    // One row per provider: a repeated row (a list pasted twice, or two extracts joined) would count its
    // homes and places twice.
    if (urns.has(urn)) {
      problem('providers.urn-duplicate', 'URN', 'An earlier row has this URN; this row is left out.');
      continue;
    }
    urns.add(urn);
    const sector = sectorOf(get('sector'));
    if (!sector) {
      problem(
        'providers.sector-unknown',
        'Sector',
        'The sector is not Local Authority, Private, Voluntary or Health Authority.',
      );
      continue;
    }
    const placesText = get('places');
    const places = placesText === '' && kind === 'fostering-agency' ? 0 : Number(placesText);
    if (!Number.isInteger(places) || places < 0 || (placesText === '' && kind !== 'fostering-agency')) {
      problem('providers.places-invalid', 'Places', 'Places is not a whole number of zero or more.');
      continue;
    }
    const authority = findMarketAuthority(get('authority'));
    if (!authority)
      issues.push({
        code: 'providers.authority-unknown',
        severity: 'warning',
        message:
          'The local authority name is not one the market data knows; the provider counts for England only.',
        location: { file, row: rowNumber, column: 'Local authority' },
      });
    const provider: ProviderRecord = {
      urn,
      kind,
      authority: authority?.code ?? '',
      region: authority?.region ?? get('region'),
      sector,
      places,
      shortBreakOnly: get('shortBreakOnly') !== '' && !/^(no|n|false|0)$/i.test(get('shortBreakOnly')),
    };
    const owner = get('owner');
    if (owner && owner.toUpperCase() !== 'REDACTED') provider.owner = owner;
    const judgement = judgementOf(get('judgement'));
    if (judgement) provider.judgement = judgement;
    const registeredOn = isoOf(get('registeredOn'));
    if (registeredOn) {
      provider.registeredOn = registeredOn;
      if (registeredOn > latest) latest = registeredOn;
    }
    const inspectedOn = isoOf(get('inspectedOn'));
    if (inspectedOn) provider.inspectedOn = inspectedOn;
    providers.push(provider);
    counts.accepted++;
  }
  let asAt = options.asAt;
  if (!asAt) {
    const year = latest ? Number(latest.slice(0, 4)) + (latest.slice(5) > '03-31' ? 1 : 0) : undefined;
    asAt = year ? `${year}-03-31` : '';
    issues.push({
      code: 'providers.as-at-assumed',
      severity: 'warning',
      message: year
        ? `No date given for the list: taken as at ${asAt}, the 31 March on or after its latest registration.`
        : 'No date given for the list and none could be inferred.',
      location: { file },
    });
  }
  return { value: { snapshot: { asAt, source: file, providers }, counts }, issues };
}
