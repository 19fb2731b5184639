/**
 * Regenerates the embedded data under `src/internal/` from Ofsted's and DfE's open data (Open Government
 * Licence v3.0): the authority table, the provider list at 31 March 2023 (children's homes and fostering
 * agencies only), homes and places by authority at 31 March 2023–2025, joiners and leavers 2015–2025 and
 * the section 251 looked-after spend lines 2008-09 to 2013-14.
 *
 * Usage: `pnpm --filter @placewise/market build:data [dir]` (default `../../../shared/data`).
 * Record formats are described beside each generated constant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { authorityNameKey } from '../src/internal/authority-name.js';
import { parseCsvRecords } from '../src/internal/csv.js';
import { judgementOf } from '../src/judgement.js';
import { type ProvisionKind, provisionKindOf } from '../src/provision.js';
import { sectorOf } from '../src/sector.js';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../../shared/data'));
const outDir = join(import.meta.dirname, '../src/internal');

function readTable(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRecords(readFileSync(join(dir, file), 'utf8'));
  const names = header?.fields ?? [];
  return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r.fields[i] ?? ''])));
}

const KIND_LETTER: Record<ProvisionKind, string> = {
  'childrens-home': 'h',
  'residential-special-school': 'r',
  'secure-childrens-home': 's',
  'fostering-agency': 'f',
};
const SECTOR_LETTER: Record<string, string> = {
  'local-authority': 'L',
  private: 'P',
  voluntary: 'V',
  'health-authority': 'H',
  'not-recorded': 'U',
};
const JUDGEMENT_LETTER: Record<string, string> = {
  outstanding: 'O',
  good: 'G',
  'requires-improvement': 'R',
  inadequate: 'I',
};

// ---- authorities: ONS code and name, from the homes-by-LA file, the ONS lookup and the s251 file
const codeByKey = new Map<string, string>();
const nameByCode = new Map<string, string>();
const current = new Set<string>();
const addName = (name: string, code: string, isCurrent: boolean) => {
  if (!name || !code) return;
  if (!codeByKey.has(authorityNameKey(name))) codeByKey.set(authorityNameKey(name), code);
  if (!nameByCode.has(code)) nameByCode.set(code, name);
  if (isCurrent) current.add(code);
};
const homesRows = readTable('ofsted-childrens-homes-by-la-2023-2025.csv');
for (const r of homesRows) addName(r.local_authority ?? '', r.la_code ?? '', true);
const lookup = readTable('local-authorities.csv').filter((r) => r.utla_code?.startsWith('E'));
const spendRows = readTable('dfe-s251-looked-after-spend-by-la.csv');
for (const r of spendRows) if (r.year === '2013-14') addName(r.la_name ?? '', r.la_code ?? '', false);
// No children's home in either: current authorities all the same.
for (const code of ['E09000001', 'E06000053', 'E09000033']) current.add(code);
current.delete('E10000006'); // Cumbria, at 31 March 2023 only: split into Cumberland and Westmorland and Furness
for (const r of lookup) addName(r.utla_name ?? '', r.utla_code ?? '', false);
// Authorities abolished before any code was given in the s251 file (2009): keyed by DfE number.
const LEGACY_DFE: Record<string, [string, string]> = {
  Bedfordshire: ['DfE-820', 'East of England'],
  Cheshire: ['DfE-875', 'North West'],
};
for (const [name, [code]] of Object.entries(LEGACY_DFE)) addName(name, code, false);
// Successors for names Ofsted used before a reorganisation, where one authority took over the area.
const SUCCESSOR: Record<string, string> = { bournemouth: 'E06000058', poole: 'E06000058' };

const regionVotes = new Map<string, Map<string, number>>();
const vote = (code: string, region: string) => {
  if (!region || region === 'Wales') return;
  const votes = regionVotes.get(code) ?? new Map<string, number>();
  votes.set(region, (votes.get(region) ?? 0) + 1);
  regionVotes.set(code, votes);
};
const unmatched = new Map<string, number>();
function codeOf(name: string): string | undefined {
  const key = authorityNameKey(name);
  const code = SUCCESSOR[key] ?? codeByKey.get(key);
  if (!code) unmatched.set(name, (unmatched.get(name) ?? 0) + 1);
  return code;
}

// ---- providers at 31 March 2023
const providerRows = readTable('ofsted-providers-2023-03-31.csv');
const owners: string[] = [];
const ownerIndex = new Map<string, number>();
const ymd = (dmy: string) => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dmy);
  return m ? `${m[3]}${m[2]}${m[1]}` : '';
};
const providerRecords: { code: string; text: string }[] = [];
for (const r of providerRows) {
  const kind = provisionKindOf(r['Provision type'] ?? '');
  if (!kind) continue;
  const code = codeOf(r['Local authority'] ?? '');
  const sector = sectorOf(r.Sector ?? '');
  if (!code || !sector) throw new Error(`provider ${r.URN}: authority or sector not recognised`);
  vote(code, r['Government Office Region'] ?? '');
  const owner = (r['Organisation which owns the provider'] ?? '').trim();
  let o = '';
  if (owner && owner !== 'REDACTED') {
    if (!ownerIndex.has(owner)) {
      ownerIndex.set(owner, owners.length);
      owners.push(owner);
    }
    o = String(ownerIndex.get(owner));
  }
  const judgement = judgementOf(r['Overall experiences and progress of children and young people'] ?? '');
  providerRecords.push({
    code,
    text: [
      r.URN,
      KIND_LETTER[kind],
      code,
      SECTOR_LETTER[sector],
      r.Places ?? '',
      o,
      judgement ? JUDGEMENT_LETTER[judgement] : '',
      (r["Short-break-only children's home"] ?? '').trim() ? '1' : '',
      ymd(r['Registration date'] ?? ''),
      ymd(r['Latest full inspection date'] ?? ''),
    ].join(','),
  });
}

// ---- joiners and leavers
const flowRows = readTable('ofsted-joiners-leavers-2017-2025.csv');
const flowRecords: { code: string; text: string }[] = [];
for (const r of flowRows) {
  const kind = provisionKindOf(r.provision_type ?? '');
  if (!kind) continue;
  const code = codeOf(r.local_authority ?? '');
  // One 2024 joiner has no sector in the source (the same home is Private in 2025): kept as not recorded.
  const sector = sectorOf(r.sector ?? '') ?? 'not-recorded';
  if (!code) throw new Error(`flow ${r.year} ${r.urn}: authority not recognised`);
  vote(code, r.gor ?? '');
  const owner = (r.owner_or_setting_name ?? '').trim();
  const name = owner === 'REDACTED' ? 'r' : owner ? 'p' : 'a';
  const sb = r.short_break_only === 'yes' ? 'y' : r.short_break_only === 'no' ? 'n' : '';
  flowRecords.push({
    code,
    text: [
      r.year,
      KIND_LETTER[kind],
      code,
      SECTOR_LETTER[sector],
      r.places,
      r.event === 'joiner' ? 'j' : 'l',
      name,
      sb,
    ].join(','),
  });
}

// ---- homes and places by authority
const homeRecords: { code: string; text: string }[] = [];
for (const r of homesRows) {
  const kind = provisionKindOf(r.provision_type ?? '');
  const sector = sectorOf(r.sector ?? '');
  const code = r.la_code ?? '';
  if (!kind || !sector || !code) throw new Error(`homes row ${r.year} ${r.local_authority} not recognised`);
  homeRecords.push({
    code,
    text: [
      r.year,
      code,
      KIND_LETTER[kind],
      SECTOR_LETTER[sector],
      r.homes,
      r.places,
      r.homes_short_break_only,
      r.places_short_break_only,
    ].join(','),
  });
}

// ---- s251 spend: residential care, fostering services and the looked-after total
const LINES: Record<string, string> = {
  residential_care: 'r',
  fostering_services: 'f',
  total_children_looked_after: 't',
};
const spendRecords: { code: string; text: string }[] = [];
for (const r of spendRows) {
  const line = LINES[r.line_key ?? ''];
  if (!line) continue;
  const code = r.la_code || LEGACY_DFE[r.la_name ?? '']?.[0] || '';
  if (!code) throw new Error(`s251 ${r.year} ${r.la_name}: no code`);
  addName(r.la_name ?? '', code, false);
  spendRecords.push({
    code,
    text: [
      r.year,
      code,
      line,
      r.own_provision_gbp,
      r.private_provision_gbp,
      r.voluntary_provision_gbp,
      r.public_provision_gbp,
      r.total_expenditure_gbp,
    ].join(','),
  });
}
for (const [name, [code, region]] of Object.entries(LEGACY_DFE)) {
  vote(code, region);
  nameByCode.set(code, name);
}

if (unmatched.size > 0) throw new Error(`authority names not matched: ${[...unmatched.keys()].join('; ')}`);

// ---- the authority table: every code used, with its region (the GOR most of its records name)
const used = new Set(
  [...providerRecords, ...flowRecords, ...homeRecords, ...spendRecords].map((r) => r.code),
);
const regionOf = (code: string) => {
  const votes = [...(regionVotes.get(code) ?? new Map<string, number>()).entries()];
  votes.sort((a, b) => b[1] - a[1]);
  return votes[0]?.[0] ?? FIXED_REGION[code] ?? '';
};
// Authorities with no Ofsted record to take a region from.
const FIXED_REGION: Record<string, string> = {
  E09000001: 'London',
  E09000033: 'London',
  E06000053: 'South West',
  E06000028: 'South West',
  E06000029: 'South West',
  E10000009: 'South West',
  E10000027: 'South West',
  E10000023: 'Yorkshire and The Humber',
};
const codes = [...used].sort();
const table = codes.map((code) => [
  code,
  nameByCode.get(code) ?? '',
  regionOf(code),
  current.has(code) ? 1 : 0,
]);
const noRegion = table.filter((row) => !row[2]);
if (noRegion.length > 0)
  throw new Error(`no region for ${noRegion.map((r) => `${r[0]} ${r[1]}`).join('; ')}`);
const indexOf = new Map(codes.map((c, i) => [c, i]));
const encode = (records: { code: string; text: string }[], field: number) =>
  records
    .map((r) => {
      const parts = r.text.split(',');
      parts[field] = String(indexOf.get(r.code));
      return parts.join(',');
    })
    .join(';');

const HEADER = `// Generated by scripts/build-data.ts. Do not edit by hand.
// Contains public sector information licensed under the Open Government Licence v3.0.`;
const write = (file: string, body: string) => {
  writeFileSync(join(outDir, file), `${HEADER}\n${body}`);
  console.log(`wrote src/internal/${file}: ${body.length} bytes`);
};
write(
  'authority-table.ts',
  `// Source: Ofsted and DfE authority names and regions, ONS upper-tier codes (April 2021 lookup).

/** [ONS code (or \`DfE-<number>\` for authorities abolished in 2009), name, region, 1 if a current authority]. */
export const AUTHORITY_TABLE: readonly (readonly [string, string, string, number])[] = ${JSON.stringify(table)};
`,
);
write(
  'embedded/providers-2023.ts',
  `// Source: Ofsted, Children's social care data in England 2023 (provider level, 31 March 2023).

/** Owner names exactly as Ofsted publishes them. */
export const OWNERS: readonly string[] = ${JSON.stringify(owners)};

/** \`;\`-separated records: URN,kind(h|r|s|f),authority index,sector(L|P|V|H),places,owner index,judgement(O|G|R|I),short-break(1),registered YYYYMMDD,inspected YYYYMMDD. */
export const PROVIDERS = ${JSON.stringify(encode(providerRecords, 2))};
`,
);
write(
  'embedded/homes-by-la.ts',
  `// Source: Ofsted, Children's social care data in England 2023 to 2025, reconstructed by authority.

/** \`;\`-separated records: year,authority index,kind(h|r|s),sector,homes,places,short-break homes,short-break places. */
export const HOMES_BY_LA = ${JSON.stringify(encode(homeRecords, 1))};
`,
);
write(
  'embedded/flow.ts',
  `// Source: Ofsted, Children's social care data in England 2015 to 2025 (leavers and joiners).

/** \`;\`-separated records: year,kind,authority index,sector,places,event(j|l),name(p published|r REDACTED|a absent),short-break(y|n|empty). */
export const FLOW = ${JSON.stringify(encode(flowRecords, 2))};
`,
);
write(
  'embedded/spend.ts',
  `// Source: DfE, section 251 outturn 2008-09 to 2013-14, children looked after block.

/** \`;\`-separated records: year,authority index,line(r residential|f fostering|t total),own,private,voluntary,public,gross total (whole pounds; empty where not returned). */
export const SPEND = ${JSON.stringify(encode(spendRecords, 1))};
`,
);
console.log(
  `${table.length} authorities, ${owners.length} owners, ${providerRecords.length} providers, ${homeRecords.length} homes rows, ${flowRecords.length} flow events, ${spendRecords.length} spend rows`,
);
