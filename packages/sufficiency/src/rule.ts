import type { GssCode, IsoDate, Nation } from '@placewise/model';
import * as z from 'zod';
import type { SufficiencyDataset } from './dataset.js';
import type { DatasetIndex } from './dataset-index.js';

/**
 * How serious a finding is: `breach` (the law or a DfE rule is broken), `needs-approval` (lawful only with a
 * recorded approval) or `flag` (worth a look: a proxy for a "so far as reasonably practicable" duty).
 *
 * @example
 * RuleSeverity.parse('needs-approval');
 */
export const RuleSeverity = z.enum(['breach', 'needs-approval', 'flag']);
/** @see {@link RuleSeverity} */
export type RuleSeverity = z.infer<typeof RuleSeverity>;

/** The act or regulation a rule enforces, and the section. */
export interface LegalBasis {
  instrument: string;
  section: string;
  /** What is not confirmed about the basis or its dates ([R] in the domain brief). */
  unconfirmed?: string;
}

/** The dates a rule is in force, inclusive; open-ended when `to` is absent. */
export interface InForce {
  from: IsoDate;
  to?: IsoDate;
}

/** The dates a rule is evaluated over: the requested period clipped to the rule's in-force dates. */
export interface RuleWindow {
  start: IsoDate;
  end: IsoDate;
}

/** What a rule's `evaluate` receives besides the dataset. */
export interface RuleContext<P> {
  window: RuleWindow;
  nation: Nation;
  parameters: P;
  index: DatasetIndex;
  responsibleAuthority?: GssCode;
}

/** A finding as a rule returns it; `evaluateRules` adds the rule's id, title, severity and legal basis. */
export interface RuleFindingDraft {
  childId?: string;
  /** Another child the finding concerns (a sibling). */
  relatedChildId?: string;
  /** DECOM of the episode concerned. */
  episodeStart?: IsoDate;
  placementId?: string;
  settingId?: string;
  /** First and last day the finding holds, inside the window. */
  from: IsoDate;
  to?: IsoDate;
  /** Plain English, naming columns and codes but no personal values. */
  reason: string;
  /** A finding more or less serious than the rule's usual severity. */
  severity?: RuleSeverity;
}

/** One rule's finding about one child, placement or setting. */
export interface RuleFinding extends RuleFindingDraft {
  ruleId: string;
  title: string;
  severity: RuleSeverity;
  legalBasis: LegalBasis;
}

/**
 * A duty rule: stable id, the nations it applies to, its legal basis and in-force dates, its parameters (a
 * zod schema whose defaults are the statutory values) and a pure `evaluate`.
 */
export interface Rule<S extends z.ZodType = z.ZodType> {
  id: string;
  title: string;
  nations: readonly Nation[];
  legalBasis: LegalBasis;
  inForce: InForce;
  severity: RuleSeverity;
  parameters: S;
  evaluate(dataset: SufficiencyDataset, context: RuleContext<z.output<S>>): RuleFindingDraft[];
  /**
   * Why the rule cannot be assessed from the data given (one line, no personal values), or undefined when it
   * can: a rule that rests on records the SSDA903 return does not hold (approvals, sibling links, households)
   * says so instead of reporting a count of breaches or nothing. `evaluateRules` then does not run it.
   */
  notAssessable?(dataset: SufficiencyDataset, context: RuleContext<z.output<S>>): string | undefined;
}

/** A rule that could not be assessed from the data given, and why. */
export interface NotAssessable {
  ruleId: string;
  title: string;
  /** One line, beginning "Not assessable from this return". */
  reason: string;
}

/**
 * Declares a rule; the same interface the built-in rules use, so councils and suppliers add their own.
 *
 * @example
 * const longDistance = defineRule({
 *   id: 'LEEDS-01', title: 'Placed over 50 miles away', nations: ['england'], severity: 'flag',
 *   legalBasis: { instrument: 'Children Act 1989', section: 's22C(8)(a)' }, inForce: { from: '2011-04-01' },
 *   parameters: z.object({ miles: z.number().default(50) }),
 *   evaluate: (dataset, { parameters, window }) =>
 *     dataset.placements
 *       .filter((p) => (p.distanceMiles ?? 0) > parameters.miles && p.start <= window.end)
 *       .map((p) => ({ childId: p.childId, placementId: p.id, from: p.start, reason: 'Placed over 50 miles from home.' })),
 * });
 */
export function defineRule<S extends z.ZodType>(rule: Rule<S>): Rule<S> {
  return Object.freeze({ ...rule });
}
