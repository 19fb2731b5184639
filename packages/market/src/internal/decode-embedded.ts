import type { OfstedJudgement } from '@placewise/model';
import type {
  FlowEvent,
  HomesCount,
  MarketAuthority,
  MarketSector,
  ProviderRecord,
  SpendRecord,
} from '../market-data.js';
import type { ProvisionKind } from '../provision.js';
import { FLOW } from './embedded/flow.js';
import { HOMES_BY_LA } from './embedded/homes-by-la.js';
import { OWNERS, PROVIDERS } from './embedded/providers-2023.js';
import { SPEND } from './embedded/spend.js';

const KIND: Record<string, ProvisionKind> = {
  h: 'childrens-home',
  r: 'residential-special-school',
  s: 'secure-childrens-home',
  f: 'fostering-agency',
};
const SECTOR: Record<string, MarketSector> = {
  L: 'local-authority',
  P: 'private',
  V: 'voluntary',
  H: 'health-authority',
  U: 'not-recorded',
};
const JUDGEMENT: Record<string, OfstedJudgement> = {
  O: 'outstanding',
  G: 'good',
  R: 'requires-improvement',
  I: 'inadequate',
};
const LINE: Record<string, SpendRecord['line']> = { r: 'residential', f: 'fostering', t: 'total' };

const iso = (ymd: string) => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`;
const optionalNumber = (text: string | undefined) => (text ? Number(text) : undefined);

/** Decodes the embedded records (formats in scripts/build-data.ts) against the authority table. */
export function decodeProviders(authorities: readonly MarketAuthority[]): ProviderRecord[] {
  return PROVIDERS.split(';').map((record) => {
    const [urn = '', k = '', la = '', s = '', places, owner, j = '', sb, registered = '', inspected = ''] =
      record.split(',');
    const authority = authorities[Number(la)];
    const provider: ProviderRecord = {
      urn,
      kind: KIND[k] ?? 'childrens-home',
      authority: authority?.code ?? '',
      region: authority?.region ?? '',
      sector: SECTOR[s] ?? 'not-recorded',
      places: Number(places) || 0,
      shortBreakOnly: sb === '1',
    };
    const ownerName = owner ? OWNERS[Number(owner)] : undefined;
    if (ownerName) provider.owner = ownerName;
    const judgement = JUDGEMENT[j];
    if (judgement) provider.judgement = judgement;
    if (registered) provider.registeredOn = iso(registered);
    if (inspected) provider.inspectedOn = iso(inspected);
    return provider;
  });
}

/** Decodes the embedded homes-by-authority table. */
export function decodeHomes(authorities: readonly MarketAuthority[]): HomesCount[] {
  return HOMES_BY_LA.split(';').map((record) => {
    const [year, la = '', k = '', s = '', homes, places, sbHomes, sbPlaces] = record.split(',');
    const authority = authorities[Number(la)];
    return {
      year: Number(year),
      authority: authority?.code ?? '',
      region: authority?.region ?? '',
      kind: KIND[k] ?? 'childrens-home',
      sector: SECTOR[s] ?? 'not-recorded',
      homes: Number(homes),
      places: Number(places),
      shortBreakHomes: Number(sbHomes),
      shortBreakPlaces: Number(sbPlaces),
    };
  });
}

/** Decodes the embedded joiners and leavers. */
export function decodeFlow(authorities: readonly MarketAuthority[]): FlowEvent[] {
  return FLOW.split(';').map((record) => {
    const [year, k = '', la = '', s = '', places, e, n, sb] = record.split(',');
    const authority = authorities[Number(la)];
    const event: FlowEvent = {
      year: Number(year),
      kind: KIND[k] ?? 'childrens-home',
      authority: authority?.code ?? '',
      region: authority?.region ?? '',
      sector: SECTOR[s] ?? 'not-recorded',
      places: Number(places) || 0,
      event: e === 'j' ? 'joiner' : 'leaver',
      name: n === 'r' ? 'redacted' : n === 'p' ? 'published' : 'absent',
    };
    if (sb) event.shortBreakOnly = sb === 'y';
    return event;
  });
}

/** Decodes the embedded section 251 lines. */
export function decodeSpend(authorities: readonly MarketAuthority[]): SpendRecord[] {
  return SPEND.split(';').map((record) => {
    const [year = '', la = '', l = '', own, priv, voluntary, pub, total] = record.split(',');
    const authority = authorities[Number(la)];
    const row: SpendRecord = {
      year,
      authority: authority?.code ?? '',
      region: authority?.region ?? '',
      line: LINE[l] ?? 'total',
    };
    const values = { own, private: priv, voluntary, public: pub, total };
    for (const [key, text] of Object.entries(values)) {
      const value = optionalNumber(text);
      if (value !== undefined) row[key as 'own'] = value;
    }
    return row;
  });
}
