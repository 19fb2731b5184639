import { distanceMap } from '@placewise/charts';
import { type MatchResult, matchReferral, prepareVacancies, type VacancyMatch } from '@placewise/matching';
import {
  AdditionalSupport,
  CATEGORY_LABELS,
  distanceMiles,
  type GridPoint,
  Referral,
  type ReferralInput,
  Risk,
  type Vacancy,
} from '@placewise/model';
import { ErrorSummary } from 'govuk-frontend';
import { demoAuthority, demoLocator, demoToday } from '../authority.js';
import { costPercentiles } from '../cost-percentile.js';
import { h } from '../dom/element.js';
import { fromMarkup } from '../dom/markup.js';
import { formatCount, formatPounds } from '../format.js';
import { details } from '../govuk/details.js';
import { type ErrorItem, errorSummary } from '../govuk/error-summary.js';
import { button, checkboxes, dateInput, readDateInput, select, textInput } from '../govuk/fields.js';
import { table } from '../govuk/table.js';
import { pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

// PDS v2 PlacementRecommendation values, with what each does to the match.
const SUITABILITY = [
  ['not-specified', 'Not specified (scored by the order of preference)'],
  ['preferred', 'Preferred (scored highest)'],
  ['suitable', 'Suitable but not preferred (scored)'],
  ['unsuitable', 'Unsuitable (excluded)'],
] as const;
const SUITABILITY_HINT =
  'Placements Data Standard recommendation. “Unsuitable” excludes every vacancy of this type; the others are scored.';
const SUPPORT_LABELS: Record<AdditionalSupport, string> = {
  supervision: 'Additional supervision',
  therapeutic: 'Therapeutic support',
  'respite-worker': 'A worker for respite',
  'school-transport': 'Taxis to school',
  other: 'Other',
};

const CRITERIA: Record<string, string> = {
  'distance-home': 'Distance from home',
  'distance-school': 'Distance from school',
  'important-locations': 'Important places',
  'preferred-location': 'Preferred location',
  'own-authority': 'Inside the authority',
  'siblings-together': 'Siblings together',
  'placement-type': 'Placement type',
  ofsted: 'Ofsted judgement',
  cost: 'Cost against local fees',
  communication: 'Communication',
  faith: 'Faith',
  pets: 'Pets',
  adaptations: 'Adaptations',
  staffing: 'Staffing ratio',
  'additional-support': 'Additional support',
  ethnicity: 'Ethnic and cultural background',
  wishes: 'The child’s wishes',
};

const value = (form: HTMLFormElement, id: string) =>
  form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value.trim() ?? '';

function referralForm(base: Referral): HTMLFormElement {
  return h('form', { novalidate: true, id: 'referral-form' }, [
    dateInput({
      id: 'dateOfBirth',
      legend: 'Date of birth',
      hint: 'For example, 27 3 2011',
      value: base.dateOfBirth,
    }),
    select({
      id: 'sex',
      label: 'Sex',
      options: [
        ['female', 'Female'],
        ['male', 'Male'],
      ],
      value: base.sex,
    }),
    dateInput({ id: 'neededBy', legend: 'Needed by', value: demoToday() }),
    select({
      id: 'urgency',
      label: 'Urgency',
      options: [
        ['today', 'Today'],
        ['within-5-days', 'Within 5 days'],
        ['more-than-5-days', 'More than 5 days'],
      ],
      value: base.urgency,
    }),
    textInput({
      id: 'home',
      label: 'Family home (postcode or sector)',
      hint: 'For example, L20 3 or a full postcode. Used for distances only.',
      value: base.home?.postcode ?? '',
      width: 10,
    }),
    textInput({
      id: 'school',
      label: 'School (postcode or sector, optional)',
      value: base.school?.postcode ?? '',
      width: 10,
    }),
    textInput({
      id: 'maxDistanceMiles',
      label: 'Furthest from home, in miles (optional)',
      hint: 'Vacancies further than this are excluded.',
      inputmode: 'decimal',
      width: 5,
    }),
    textInput({
      id: 'siblingCount',
      label: 'Brothers and sisters to be placed together',
      inputmode: 'numeric',
      value: String(base.siblingCount),
      width: 5,
    }),
    select({
      id: 'foster',
      label: 'Foster care',
      hint: SUITABILITY_HINT,
      options: SUITABILITY,
      value: base.suitability.foster,
    }),
    select({
      id: 'residential',
      label: 'Residential care',
      hint: SUITABILITY_HINT,
      options: SUITABILITY,
      value: base.suitability.residential,
    }),
    select({
      id: 'supportedAccommodation',
      label: 'Supported accommodation',
      hint: SUITABILITY_HINT,
      options: SUITABILITY,
      value: base.suitability.supportedAccommodation,
    }),
    textInput({
      id: 'avoid',
      label: 'A place the child must be kept away from (postcode or sector, optional)',
      hint: 'Safeguarding: vacancies within 5 miles are excluded. Reasons name it by the label below, never by postcode.',
      width: 10,
    }),
    textInput({
      id: 'avoidLabel',
      label: 'What to call that place',
      hint: 'For example, “area of known exploitation”.',
      value: 'the place to avoid',
      width: 20,
    }),
    checkboxes({
      name: 'additionalSupport',
      legend: 'Additional support needed',
      hint: 'Scored against what each setting says it provides; never excludes a vacancy.',
      items: AdditionalSupport.options.map((a) => [a, SUPPORT_LABELS[a]]),
      checked: base.additionalSupport,
      small: true,
    }),
    checkboxes({
      name: 'risks',
      legend: 'Risks',
      hint: 'A setting must say it can manage each one.',
      items: Risk.options.map((r) => [r, r.replaceAll('-', ' ')]),
      checked: base.risks,
      small: true,
    }),
    button('Find placements'),
  ]);
}

/** Turns the form into a referral, or the problems to fix (each linked to its field). */
function readReferral(form: HTMLFormElement, base: Referral): { referral?: Referral; errors: ErrorItem[] } {
  const errors: ErrorItem[] = [];
  const dateOfBirth = readDateInput(form, 'dateOfBirth');
  if (!dateOfBirth) errors.push({ text: 'Date of birth must be a real date', href: '#dateOfBirth-day' });
  const neededBy = readDateInput(form, 'neededBy');
  if (!neededBy) errors.push({ text: 'Needed by must be a real date', href: '#neededBy-day' });
  const siblings = Number(value(form, 'siblingCount') || '0');
  if (!Number.isInteger(siblings) || siblings < 0) {
    errors.push({ text: 'Brothers and sisters must be a whole number, like 0 or 2', href: '#siblingCount' });
  }
  const max = value(form, 'maxDistanceMiles');
  if (max && !(Number(max) > 0))
    errors.push({ text: 'Furthest from home must be a number of miles above 0', href: '#maxDistanceMiles' });
  const locator = demoLocator();
  for (const [id, label] of [
    ['home', 'Family home'],
    ['school', 'School'],
    ['avoid', 'The place to keep away from'],
  ] as const) {
    const postcode = value(form, id);
    if (postcode && !locator.locate(postcode)) {
      errors.push({
        text: `${label} must be a UK postcode, sector (like L20 3) or district`,
        href: `#${id}`,
      });
    }
  }
  if (errors.length > 0 || !dateOfBirth || !neededBy) return { errors };
  const input: ReferralInput = {
    ...base,
    dateOfBirth,
    neededBy,
    sex: value(form, 'sex') as Referral['sex'],
    urgency: value(form, 'urgency') as Referral['urgency'],
    siblingCount: siblings,
    risks: [...form.querySelectorAll<HTMLInputElement>('input[name="risks"]:checked')].map(
      (c) => c.value as Risk,
    ),
    additionalSupport: [
      ...form.querySelectorAll<HTMLInputElement>('input[name="additionalSupport"]:checked'),
    ].map((c) => c.value as AdditionalSupport),
    locationsToAvoid: value(form, 'avoid')
      ? [{ postcode: value(form, 'avoid'), label: value(form, 'avoidLabel') || 'the place to avoid' }]
      : [],
    suitability: {
      foster: value(form, 'foster') as Referral['suitability']['foster'],
      residential: value(form, 'residential') as Referral['suitability']['residential'],
      supportedAccommodation: value(form, 'supportedAccommodation') as Referral['suitability']['foster'],
    },
  };
  const { home: _home, school: _school, maxDistanceMiles: _max, ...rest } = input;
  const parsed = Referral.safeParse({
    ...rest,
    ...(value(form, 'home') ? { home: { postcode: value(form, 'home') } } : {}),
    ...(value(form, 'school') ? { school: { postcode: value(form, 'school'), mustContinue: true } } : {}),
    ...(max ? { maxDistanceMiles: Number(max) } : {}),
  });
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((i) => ({
        text: `${i.path.join('.')}: ${i.message}`,
        href: `#${String(i.path[0])}`,
      })),
    };
  }
  return { referral: parsed.data, errors };
}

function pointOf(vacancy: Vacancy): GridPoint | undefined {
  const { location } = vacancy.setting;
  return location.point ?? (location.postcode ? demoLocator().locate(location.postcode)?.point : undefined);
}

function settingName(vacancy: Vacancy): string {
  return vacancy.setting.name ?? `Setting ${vacancy.setting.id}`;
}

function explanation(match: VacancyMatch, vacancy: Vacancy): HTMLElement {
  return details(`How ${settingName(vacancy)} scored ${match.score.toFixed(2)}`, [
    table({
      caption: `Criteria for ${settingName(vacancy)}`,
      captionSize: 's',
      columns: [
        { header: 'Criterion' },
        { header: 'Value' },
        { header: 'Weight', numeric: true },
        { header: 'Contribution', numeric: true },
        { header: 'Why' },
      ],
      rows: match.explanation
        .filter((c) => c.weight > 0)
        .map((c) => [
          CRITERIA[c.criterion] ?? c.criterion,
          c.rawLabel,
          c.weight.toFixed(1),
          c.contribution.toFixed(3),
          c.reason,
        ]),
    }),
  ]);
}

function suitabilityLine(referral: Referral): string {
  const label = (v: string) => SUITABILITY.find(([k]) => k === v)?.[1].toLowerCase() ?? v;
  const s = referral.suitability;
  return `Placement recommendation: foster care ${label(s.foster)}; residential care ${label(s.residential)}; supported accommodation ${label(s.supportedAccommodation)}.`;
}

function showResults(results: HTMLElement, referral: Referral, result: MatchResult): void {
  const la = demoAuthority();
  const byId = new Map(la.vacancies.map((v) => [v.id, v]));
  const home = referral.home ? demoLocator().locate(referral.home.postcode)?.point : undefined;
  const milesFromHome = (v: Vacancy) => {
    const p = pointOf(v);
    return home && p ? `${distanceMiles(home, p)} miles` : 'not known';
  };
  const ranked = result.results.filter((r) => r.eligible).slice(0, 10);
  const failures = new Map<string, { reason: string; count: number }>();
  for (const r of result.results) {
    for (const f of r.failures) {
      failures.set(f.code, { reason: f.reason, count: (failures.get(f.code)?.count ?? 0) + 1 });
    }
  }
  results.replaceChildren(
    sectionHeading(`Ranked vacancies for referral ${referral.id}`),
    paragraph(
      `${formatCount(result.eligibleCount)} of ${formatCount(result.results.length)} vacancies meet every hard constraint. They are ranked by a weighted score; open a vacancy's explanation to see each criterion's weight and contribution.`,
    ),
    paragraph(suitabilityLine(referral)),
    paragraph(
      `Policy ${result.policyStamp.id} version ${result.policyStamp.version} (content hash ${result.policyStamp.hash.slice(7, 19)}…).`,
    ),
    ranked.length === 0
      ? paragraph('No vacancy meets every hard constraint. The reasons are below.')
      : table({
          caption: 'Eligible vacancies, best first',
          id: 'ranked-vacancies',
          columns: [
            { header: 'Rank', numeric: true },
            { header: 'Setting' },
            { header: 'Type' },
            { header: 'From home' },
            { header: 'Weekly fee', numeric: true },
            { header: 'Score', numeric: true },
            { header: 'Approval needed' },
          ],
          rows: ranked.map((r) => {
            const v = byId.get(r.vacancyId) as Vacancy;
            return [
              r.rank ?? '',
              settingName(v),
              CATEGORY_LABELS[v.setting.category],
              milesFromHome(v),
              v.weeklyCost === undefined ? 'not known' : formatPounds(v.weeklyCost),
              r.score.toFixed(2),
              r.findings.length === 0 ? 'none' : r.findings.map((f) => f.reason).join(' '),
            ];
          }),
        }),
    ...ranked.slice(0, 5).map((r) => explanation(r, byId.get(r.vacancyId) as Vacancy)),
    sectionHeading('Distance view', 's', 3),
    home
      ? fromMarkup(
          distanceMap(
            {
              home,
              places: result.results.flatMap((r) => {
                const v = byId.get(r.vacancyId) as Vacancy;
                const point = pointOf(v);
                return point ? [{ point, label: settingName(v), ...(r.rank ? { rank: r.rank } : {}) }] : [];
              }),
            },
            {
              title: 'Vacancies by straight-line distance from the family home',
              labelName: 'Vacancy',
            },
          ),
        )
      : paragraph('Give a family home postcode or sector to see the distance view.'),
    paragraph(
      'Distances are straight lines by the DfE method between postcode-sector centres, so they approximate distances between full postcodes to within a sector’s size.',
    ),
    failures.size === 0
      ? ''
      : table({
          caption: 'Why other vacancies were excluded',
          captionSize: 's',
          columns: [{ header: 'Hard constraint' }, { header: 'Vacancies', numeric: true }],
          id: 'excluded-reasons',
          rows: [...failures.values()].sort((a, b) => b.count - a.count).map((f) => [f.reason, f.count]),
        }),
  );
}

/**
 * The referral the form starts from: the first of the authority's synthetic referrals that has an eligible
 * vacancy when asked for on the demo's "today" (many referrals, asked again weeks later, have none).
 */
function startingReferral(
  referrals: readonly Referral[],
  prepared: ReturnType<typeof prepareVacancies>,
  locator: ReturnType<typeof demoLocator>,
): Referral | undefined {
  const neededBy = demoToday();
  return (
    referrals.find(
      (r) => matchReferral({ ...r, neededBy }, prepared, { locator, explain: 0 }).eligibleCount > 0,
    ) ?? referrals[0]
  );
}

/** "Find a placement": a referral form → ranked vacancies, each score explained, and a distance view. */
export const findPlacementPage: Page = {
  id: 'find-a-placement',
  title: 'Find a placement',
  render(root) {
    const la = demoAuthority();
    const locator = demoLocator();
    const prepared = prepareVacancies(la.vacancies, { locator });
    const costBenchmark = costPercentiles(la.fees);
    const base = startingReferral(la.referrals, prepared, locator);
    const errorSlot = h('div');
    const results = h('div', { id: 'match-results' });
    if (!base) {
      root.append(
        pageHeading('Find a placement', la.authority.name),
        paragraph('The synthetic authority has no referrals.'),
      );
      return;
    }
    const form = referralForm(base);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const { referral, errors } = readReferral(form, base);
      if (!referral) {
        const summary = errorSummary(errors);
        errorSlot.replaceChildren(summary);
        results.replaceChildren();
        new ErrorSummary(summary);
        return;
      }
      errorSlot.replaceChildren();
      showResults(
        results,
        referral,
        matchReferral(referral, prepared, { locator, costBenchmark, explain: 10 }),
      );
      results.setAttribute('data-done', 'true');
      results.querySelector('h2')?.setAttribute('tabindex', '-1');
      results.querySelector<HTMLElement>('h2')?.focus();
    });
    root.append(
      errorSlot,
      pageHeading('Find a placement', la.authority.name),
      paragraph(
        `Describe the child and what they need (Placements Data Standard fields). Placewise checks each of the authority's ${formatCount(la.vacancies.length)} synthetic vacancies against the hard constraints, then ranks the rest and explains every score. The form starts filled from synthetic referral ${base.id}.`,
      ),
      form,
      results,
    );
  },
};
