import type {
  CollectionYear,
  GssCode,
  IsoDate,
  Nation,
  PostcodeLocator,
  Result,
  Vacancy,
} from '@placewise/model';
import { collectionYearBounds } from '@placewise/model';
import { type Comparators, findComparators } from '../comparators.js';
import type { SufficiencyDataset } from '../dataset.js';
import { runRules } from '../evaluate-rules.js';
import { computeSufficiencyGap } from '../gap/compute-gap.js';
import { computeIndicators } from '../indicators/compute-indicators.js';
import { uncheckedDistanceNote } from '../internal/unchecked-distance.js';
import { type OfstedSupply, ofstedSupplyOf } from '../ofsted-supply.js';
import type { Rule, RuleFinding } from '../rule.js';
import type { FindingSummary, SufficiencyReport } from './sufficiency-report.js';

/** Options for {@link buildSufficiencyReport}. */
export interface BuildSufficiencyReportOptions {
  collectionYear: CollectionYear;
  nation: Nation;
  /** Defaults to the dataset's `responsibleAuthority`. */
  responsibleAuthority?: GssCode;
  authorityName?: string;
  childPopulation?: number;
  locator?: PostcodeLocator;
  vacancies?: readonly Vacancy[];
  rules?: readonly Rule[];
  parameters?: Readonly<Record<string, unknown>>;
  /** DfE comparators; defaults to the embedded figures for an English authority (`findComparators`). */
  comparators?: Comparators | false;
  /** Ofsted provider counts; defaults to the embedded 2023 counts (`ofstedSupplyOf`). */
  ofstedSupply?: OfstedSupply | false;
  /** Printed on the report; omitted when absent so reports are reproducible. */
  generatedOn?: IsoDate;
}

function summarise(findings: readonly RuleFinding[]): FindingSummary[] {
  const byRule = new Map<string, FindingSummary & { ids: Set<string> }>();
  for (const f of findings) {
    let s = byRule.get(f.ruleId);
    if (!s) {
      s = {
        ruleId: f.ruleId,
        title: f.title,
        severity: f.severity,
        findings: 0,
        children: 0,
        ids: new Set(),
      };
      byRule.set(f.ruleId, s);
    }
    s.findings += 1;
    if (f.childId) s.ids.add(f.childId);
    if (f.severity === 'breach') s.severity = 'breach';
  }
  return [...byRule.values()].map(({ ids, ...s }) => ({ ...s, children: ids.size }));
}

/**
 * Builds a sufficiency report: indicators for the collection year, every rule for the nation evaluated over
 * the year, the supply/demand gap at 31 March, and (for English authorities) DfE comparators and Ofsted supply.
 *
 * @example
 * const { value: report } = buildSufficiencyReport(dataset, { collectionYear: '2024-25', nation: 'england', responsibleAuthority: 'E08000035' });
 * renderReportHtml(report);
 */
export function buildSufficiencyReport(
  dataset: SufficiencyDataset,
  options: BuildSufficiencyReportOptions,
): Result<SufficiencyReport> {
  const period = collectionYearBounds(options.collectionYear);
  const authority = options.responsibleAuthority ?? dataset.responsibleAuthority;
  const scoped: SufficiencyDataset = authority ? { ...dataset, responsibleAuthority: authority } : dataset;
  const indicators = computeIndicators(scoped, {
    collectionYear: options.collectionYear,
    ...(options.childPopulation !== undefined ? { childPopulation: options.childPopulation } : {}),
    ...(options.locator ? { locator: options.locator } : {}),
  });
  const rules = runRules(
    scoped,
    { period },
    {
      nation: options.nation,
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.parameters ? { parameters: options.parameters } : {}),
    },
  );
  const comparators =
    options.comparators === false
      ? undefined
      : (options.comparators ??
        (authority ? findComparators(authority, { collectionYear: options.collectionYear }) : undefined));
  const ofstedSupply =
    options.ofstedSupply === false
      ? undefined
      : (options.ofstedSupply ?? (authority ? ofstedSupplyOf(authority) : undefined));
  const gap = computeSufficiencyGap(scoped, {
    asOf: period.end,
    ...(options.vacancies ? { vacancies: options.vacancies } : {}),
    ...(ofstedSupply ? { ofstedSupply } : {}),
    ...(options.locator ? { locator: options.locator } : {}),
  });
  const notes = [
    'Children looked after only under an agreed series of short breaks (legal status V3/V4) are left out, as DfE does; temporary moves (T0–T4) are not placements (see PLACEMENT_RULES in @placewise/ssda903).',
    indicators.value.distanceLocality.approximate
      ? 'Distances are approximate: straight lines (DfE method) between postcode-sector centroids, not full postcodes.'
      : 'Distances are straight lines between full-postcode grid points (DfE method).',
    'Rule findings are checks on recorded data, not legal judgements; rules marked unconfirmed rest on dates or references not re-verified.',
    ...[uncheckedDistanceNote(scoped, period, { nation: options.nation, rules: options.rules })].filter(
      (note): note is string => note !== undefined,
    ),
    ...rules.notAssessable.map((n) => `${n.ruleId} (${n.title}): ${n.reason}`),
  ];
  const name = options.authorityName ?? authority ?? 'the authority';
  return {
    value: {
      status: indicators.value.status,
      coverage: indicators.value.coverage,
      title: `Sufficiency report: ${name}, ${options.collectionYear}`,
      authority: {
        ...(authority ? { code: authority } : {}),
        ...(options.authorityName ? { name: options.authorityName } : {}),
        nation: options.nation,
      },
      collectionYear: options.collectionYear,
      period,
      ...(options.generatedOn ? { generatedOn: options.generatedOn } : {}),
      indicators: indicators.value,
      findings: rules.findings,
      findingSummary: summarise(rules.findings),
      notAssessable: rules.notAssessable,
      gap,
      ...(comparators ? { comparators } : {}),
      ...(ofstedSupply ? { ofstedSupply } : {}),
      notes,
      issues: [...indicators.issues, ...rules.issues],
    },
    issues: [...indicators.issues, ...rules.issues],
  };
}
