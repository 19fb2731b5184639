import type { Issue, PostcodeLocator, Vacancy } from '@placewise/model';
import { AdditionalSupport, OfstedJudgement, Risk, StaffingRatio } from '@placewise/model';
import { dayNumber } from './internal/day.js';
import { FOSTERING, KIND } from './internal/setting-kind.js';
import { classOf } from './internal/vacancy-class.js';
import { F, type VacancyColumns } from './internal/vacancy-columns.js';

/** Options for {@link prepareVacancies}. */
export interface PrepareVacanciesOptions {
  /** Locates settings that carry a postcode but no grid point. Without it such settings have no location. */
  locator?: PostcodeLocator;
}

/**
 * Vacancies indexed for matching: built once by {@link prepareVacancies} and reused across referrals.
 * `vacancies` are in vacancy-id order; `issues` say which settings could not be located.
 */
export interface PreparedVacancies {
  readonly kind: 'prepared-vacancies';
  readonly vacancies: readonly Vacancy[];
  readonly issues: readonly Issue[];
  /** @internal The columns the matcher reads. */
  readonly columns: VacancyColumns;
}

const RISK_BIT = new Map(Risk.options.map((r, i) => [r, 1 << i]));
const COMMS = ['ESOL', 'BSL', 'Makaton', 'other'];
const byId = (a: { v: Vacancy; i: number }, b: { v: Vacancy; i: number }): number =>
  a.v.id < b.v.id ? -1 : a.v.id > b.v.id ? 1 : 0;

/**
 * Indexes vacancies for fast matching: sorts them by id (so input order never matters), locates each
 * setting's postcode once, and stores what the constraints and criteria read as typed arrays. Pass the
 * result to `matchReferral` or `assignPlacements` in place of the vacancy array to reuse it.
 *
 * @param vacancies - Vacancies parsed with the model's `Vacancy` schema.
 * @returns The index; a located issue for each setting with no usable location, or a duplicated id.
 * @example
 * const prepared = prepareVacancies(vacancies, { locator });
 * for (const referral of referrals) matchReferral(referral, prepared);
 */
export function prepareVacancies(
  vacancies: readonly Vacancy[],
  options: PrepareVacanciesOptions = {},
): PreparedVacancies {
  const order = vacancies.map((v, i) => ({ v, i }));
  order.sort((a, b) => byId(a, b) || tieByContent(a.v, b.v));
  const n = order.length;
  const c = allocate(n);
  const issues: Issue[] = [];
  const authorityIds = new Map<string, number>();
  const authorityId = (code: string): number => {
    let id = authorityIds.get(code);
    if (id === undefined) {
      id = authorityIds.size;
      authorityIds.set(code, id);
    }
    return id;
  };
  order.forEach(({ v, i: input }, i) => {
    if (i > 0 && order[i - 1]?.v.id === v.id) {
      issues.push(
        issueAt(input, 'matching.duplicate-vacancy-id', 'warning', 'Two vacancies share this id.', ['id']),
      );
    }
    fillRow(c, i, v, options.locator, authorityId, (code, message, path) =>
      issues.push(issueAt(input, code, 'warning', message, path)),
    );
  });
  const sorted = order.map((o) => o.v);
  const columns: VacancyColumns = {
    ...c,
    size: n,
    vacancies: sorted,
    ids: sorted.map((v) => v.id),
    authorityIds,
    classes: Uint16Array.from(new Set(c.cls)).sort(),
  };
  return { kind: 'prepared-vacancies', vacancies: sorted, issues, columns };
}

function tieByContent(a: Vacancy, b: Vacancy): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function issueAt(
  index: number,
  code: string,
  severity: Issue['severity'],
  message: string,
  path: (string | number)[],
): Issue {
  return { code, severity, message, location: { path: [index, ...path] } };
}

type Columns = ReturnType<typeof allocate>;

function allocate(n: number) {
  return {
    minAge: new Int8Array(n),
    maxAge: new Int8Array(n),
    sexMask: new Uint8Array(n),
    places: new Int32Array(n),
    kind: new Uint8Array(n),
    flags: new Uint32Array(n),
    riskMask: new Uint32Array(n),
    commMask: new Uint8Array(n),
    supportMask: new Uint8Array(n),
    staffMask: new Uint8Array(n),
    fromDay: new Int32Array(n),
    untilDay: new Int32Array(n),
    ofsted: new Int8Array(n),
    ofstedDay: new Int32Array(n),
    fostered: new Int16Array(n),
    fosterLoad: new Int16Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    authority: new Int32Array(n),
    cls: new Uint16Array(n),
    languages: new Array<readonly string[]>(n),
    faiths: new Array<readonly string[]>(n),
    needs: new Array<readonly string[]>(n),
    ethnicities: new Array<readonly string[]>(n),
  };
}

function fillRow(
  c: Columns,
  i: number,
  v: Vacancy,
  locator: PostcodeLocator | undefined,
  authorityId: (code: string) => number,
  warn: (code: string, message: string, path: (string | number)[]) => void,
): void {
  const s = v.setting;
  c.minAge[i] = Math.max(s.ageRange.min, v.limits?.ageRange?.min ?? 0);
  c.maxAge[i] = Math.min(s.ageRange.max, v.limits?.ageRange?.max ?? 25);
  c.sexMask[i] = sexMask(v.limits?.sexes ?? s.sexes) & sexMask(s.sexes);
  c.places[i] = v.placesFree;
  c.kind[i] = KIND[s.type];
  c.riskMask[i] = (s.acceptsRisks ?? []).reduce((m, r) => m | (RISK_BIT.get(r) ?? 0), 0);
  c.commMask[i] = (s.communication ?? []).reduce((m, x) => m | (1 << COMMS.indexOf(x)), 0);
  c.supportMask[i] = (s.additionalSupport ?? []).reduce(
    (m, x) => m | (1 << AdditionalSupport.options.indexOf(x)),
    0,
  );
  c.ethnicities[i] = (s.ethnicities ?? []).map((e) => e.trim().toUpperCase());
  c.staffMask[i] = (s.staffingRatios ?? []).reduce((m, x) => m | (1 << StaffingRatio.options.indexOf(x)), 0);
  c.fromDay[i] = dayNumber(v.availableFrom);
  // No end date: a day far past any real date, yet small enough that the branch-free check can subtract safely.
  c.untilDay[i] = v.availableUntil === undefined ? 2 ** 30 : dayNumber(v.availableUntil);
  c.ofsted[i] = s.ofsted ? OfstedJudgement.options.indexOf(s.ofsted.judgement) : -1;
  c.ofstedDay[i] = s.ofsted ? dayNumber(s.ofsted.date) : 0;
  c.fostered[i] = s.fosteredChildren ?? -1;
  c.languages[i] = (s.languages ?? []).map((l) => l.toLowerCase());
  c.faiths[i] = (s.faiths ?? []).map((l) => l.toLowerCase());
  c.needs[i] = s.acceptsNeeds ?? [];
  const located = s.location.postcode && !s.location.point ? locator?.locate(s.location.postcode) : undefined;
  const point = s.location.point ?? located?.point;
  c.x[i] = point ? point.easting : Number.NaN;
  c.y[i] = point ? point.northing : Number.NaN;
  if (!point)
    warn(
      'matching.setting-not-located',
      'The setting has no grid point and its postcode could not be located.',
      ['setting', 'location'],
    );
  const authority = s.location.authority ?? located?.authority;
  c.authority[i] = authority ? authorityId(authority) : -1;
  const nation = s.location.nation ?? located?.nation;
  c.flags[i] = flagsOf(v, nation);
  c.cls[i] = classOf(c.kind[i] as number, c.flags[i] as number);
  const limited = FOSTERING[c.kind[i] as number] && !((c.flags[i] as number) & F.fosterExempt);
  c.fosterLoad[i] = limited ? Math.max(0, c.fostered[i] as number) : 0;
}

function sexMask(sexes: readonly string[]): number {
  return (sexes.includes('male') ? 1 : 0) | (sexes.includes('female') ? 2 : 0);
}

function flagsOf(v: Vacancy, nation: string | undefined): number {
  const s = v.setting;
  let f = 0;
  if (s.deprivationOfLiberty) f |= F.dol;
  if (s.soloOnly || v.limits?.soloOnly) f |= F.solo;
  if (s.forProfit ?? s.ownership === 'private') f |= F.forProfit;
  if (s.fosteringLimitExemption) f |= F.fosterExempt;
  if (s.registration === 'registered' || s.registration === 'applied') f |= F.saRegistered;
  if (s.registration === 'registered') f |= F.registered;
  if (s.hasPets !== undefined) f |= F.hasPetsKnown;
  if (s.hasPets) f |= F.hasPets;
  if (s.petsAllowed) f |= F.petsAllowed;
  if (s.adapted !== undefined) f |= F.adaptedKnown;
  if (s.adapted) f |= F.adapted;
  if (nation === 'england') f |= F.inEngland;
  if (s.ownership === 'local-authority') f |= F.localAuthority;
  return f;
}
