import { IsoDate, OfstedJudgement, Ownership } from '@placewise/model';
import * as z from 'zod';
import { ProvisionKind } from './provision.js';

/**
 * A sector as Ofsted records it, or `not-recorded` where the source row left it empty.
 *
 * @example
 * MarketSector.parse('not-recorded');
 */
export const MarketSector = z.union([Ownership, z.literal('not-recorded')]);
/** @see {@link MarketSector} */
export type MarketSector = z.infer<typeof MarketSector>;

/**
 * One provider from an Ofsted provider-level list: a children's home or an independent fostering agency.
 * `authority` is the ONS code of the local authority the provider is in (empty when the name was not
 * recognised), `owner` the owning organisation as Ofsted publishes it (absent where Ofsted redacts or
 * leaves it out).
 *
 * @example
 * const home: ProviderRecord = {
 *   urn: 'SC000001', kind: 'childrens-home', authority: 'E08000035', region: 'Yorkshire and The Humber',
 *   sector: 'private', places: 4, owner: 'Example Care Ltd', judgement: 'good', shortBreakOnly: false,
 * };
 */
export const ProviderRecord = z.object({
  urn: z.string().min(1),
  kind: ProvisionKind,
  authority: z.string(),
  region: z.string(),
  sector: MarketSector,
  places: z.number().int().nonnegative(),
  owner: z.string().min(1).optional(),
  judgement: OfstedJudgement.optional(),
  inspectedOn: IsoDate.optional(),
  registeredOn: IsoDate.optional(),
  shortBreakOnly: z.boolean(),
});
/** @see {@link ProviderRecord} */
export type ProviderRecord = z.infer<typeof ProviderRecord>;

/**
 * A provider list at one date (`asAt`, the 31 March the list is at), with where it came from.
 *
 * @example
 * const snapshot: ProviderSnapshot = { asAt: '2023-03-31', source: 'Ofsted, provider level 2023', providers: [] };
 */
export interface ProviderSnapshot {
  asAt: IsoDate;
  source: string;
  providers: ProviderRecord[];
}

/**
 * Children's homes and their places active at 31 March of `year` in one authority, of one kind and sector.
 *
 * @example
 * const row: HomesCount = {
 *   year: 2025, authority: 'E08000035', region: 'Yorkshire and The Humber', kind: 'childrens-home',
 *   sector: 'private', homes: 40, places: 150, shortBreakHomes: 0, shortBreakPlaces: 0,
 * };
 */
export interface HomesCount {
  year: number;
  authority: string;
  region: string;
  kind: ProvisionKind;
  sector: MarketSector;
  homes: number;
  places: number;
  shortBreakHomes: number;
  shortBreakPlaces: number;
}

/**
 * One provider joining (becoming active) or leaving (closed, cancelled, resigned) in the year to 31 March
 * of `year`. `name` says whether Ofsted published the owner or setting name, redacted it (every children's
 * home) or had no such column (the 2015–2016 tables).
 *
 * @example
 * const event: FlowEvent = {
 *   year: 2025, kind: 'childrens-home', authority: 'E08000035', region: 'Yorkshire and The Humber',
 *   sector: 'private', places: 3, event: 'joiner', name: 'redacted',
 * };
 */
export interface FlowEvent {
  year: number;
  kind: ProvisionKind;
  authority: string;
  region: string;
  sector: MarketSector;
  places: number;
  event: 'joiner' | 'leaver';
  name: 'published' | 'redacted' | 'absent';
  shortBreakOnly?: boolean;
}

/**
 * One authority's section 251 outturn for one line of the children looked after block in one financial
 * year, in whole pounds. `own` is empty for 2008-09, which reported only private, voluntary and public.
 *
 * @example
 * const row: SpendRecord = {
 *   year: '2013-14', authority: 'E08000035', region: 'Yorkshire and The Humber', line: 'residential',
 *   own: 9_000_000, private: 12_000_000, voluntary: 500_000, public: 9_100_000, total: 21_600_000,
 * };
 */
export interface SpendRecord {
  year: string;
  authority: string;
  region: string;
  line: 'residential' | 'fostering' | 'total';
  own?: number;
  private?: number;
  voluntary?: number;
  public?: number;
  total?: number;
}

/**
 * An authority the market data knows: its ONS code (or `DfE-<number>` for the two abolished in 2009), the
 * name Ofsted or DfE uses, its region and whether it is a current authority.
 *
 * @example
 * const leeds: MarketAuthority = { code: 'E08000035', name: 'Leeds', region: 'Yorkshire and The Humber', current: true };
 */
export interface MarketAuthority {
  code: string;
  name: string;
  region: string;
  current: boolean;
}

/**
 * Everything a market report reads: the authorities, a provider list, homes by authority by year, joiners
 * and leavers, and section 251 spend — each with the source it came from.
 *
 * @example
 * const data: MarketData = {
 *   authorities: [], providers: { asAt: '2023-03-31', source: '', providers: [] },
 *   homes: [], flow: [], spend: [], sources: { homes: '', flow: '', spend: '' },
 * };
 */
export interface MarketData {
  authorities: readonly MarketAuthority[];
  providers: ProviderSnapshot;
  homes: readonly HomesCount[];
  flow: readonly FlowEvent[];
  spend: readonly SpendRecord[];
  sources: { homes: string; flow: string; spend: string };
}
