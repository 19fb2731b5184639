import type { OfstedJudgement, Ownership } from '@placewise/model';
import { OFSTED_AUTHORITIES, OFSTED_HOMES } from './ofsted-data.js';

/** A real children's or secure home from Ofsted's provider list at 31 March 2023. */
export interface OfstedHome {
  urn: string;
  secure: boolean;
  authority: string;
  ownership: Ownership;
  places: number;
  registeredOn?: string;
  inspectedOn?: string;
  judgement?: OfstedJudgement;
}

const OWNERSHIP: Record<string, Ownership> = {
  L: 'local-authority',
  P: 'private',
  V: 'voluntary',
  H: 'health-authority',
};
const JUDGEMENTS: Record<string, OfstedJudgement> = {
  O: 'outstanding',
  G: 'good',
  R: 'requires-improvement',
  I: 'inadequate',
};

const iso = (ymd: string) =>
  ymd.length === 8 ? `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}` : undefined;

let homes: OfstedHome[] | undefined;

/** The embedded homes, decoded once. */
export function ofstedHomes(): readonly OfstedHome[] {
  homes ??= OFSTED_HOMES.split(';').map((record) => {
    const [urn = '', kind, la, sector = 'P', places, registered = '', inspected = '', judgement = '-'] =
      record.split(',');
    const home: OfstedHome = {
      urn,
      secure: kind === 's',
      authority: OFSTED_AUTHORITIES[Number(la)] ?? '',
      ownership: OWNERSHIP[sector] ?? 'private',
      places: Number(places) || 1,
    };
    const registeredOn = iso(registered);
    const inspectedOn = iso(inspected);
    const overall = JUDGEMENTS[judgement];
    if (registeredOn) home.registeredOn = registeredOn;
    if (inspectedOn) home.inspectedOn = inspectedOn;
    if (overall) home.judgement = overall;
    return home;
  });
  return homes;
}
