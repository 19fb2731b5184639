import type { CollectionYear } from '@placewise/model';
import {
  computeIndicators,
  computeSufficiencyGap,
  runRules,
  type SufficiencyDataset,
} from '@placewise/sufficiency';
import { demoAuthority, demoLocator } from '../authority.js';
import { formatCount } from '../format.js';
import { summaryList } from '../govuk/summary-list.js';
import { pageHeading, paragraph } from '../govuk/typography.js';
import type { Page } from '../page.js';
import {
  gapSection,
  indicatorsSection,
  notAssessableSection,
  ruleFindingsSection,
} from '../sufficiency/sections.js';

function dataset(): SufficiencyDataset {
  const la = demoAuthority();
  return { ...la, responsibleAuthority: la.authority.code };
}

function indicators(): HTMLElement {
  const la = demoAuthority();
  const years = la.collectionYears.slice(-2) as CollectionYear[];
  const results = years.map(
    (collectionYear) => computeIndicators(dataset(), { collectionYear, locator: demoLocator() }).value,
  );
  return indicatorsSection(
    results,
    "DfE's children looked after measures, computed from the synthetic return the way DfE defines them.",
  );
}

function gapTable(): HTMLElement {
  const la = demoAuthority();
  return gapSection(
    computeSufficiencyGap(dataset(), {
      asOf: la.period.end,
      vacancies: la.vacancies,
      locator: demoLocator(),
    }),
  );
}

function ruleFindings(): (HTMLElement | false)[] {
  const la = demoAuthority();
  const { findings, notAssessable } = runRules(
    dataset(),
    { period: la.period },
    { nation: la.authority.nation },
  );
  return [ruleFindingsSection(findings, la.period), notAssessableSection(notAssessable)];
}

/** The Sufficiency page: the authority at a glance, DfE indicators, rule findings and the gap. */
export const sufficiencyPage: Page = {
  id: 'sufficiency',
  title: 'Sufficiency',
  render(root) {
    const la = demoAuthority();
    root.append(
      pageHeading('Sufficiency', la.authority.name),
      paragraph(
        `A synthetic authority generated in your browser from a fixed seed: real postcode sectors of ${la.authority.name.replace(' (synthetic)', '')}, invented children.`,
      ),
      summaryList(
        [
          ['Collection years', la.collectionYears.join(', ')],
          ['Children', formatCount(la.children.length)],
          ['SSDA903 episodes', formatCount(la.episodes.length)],
          ['Placements (as DfE counts them)', formatCount(la.placements.length)],
          ['Settings', formatCount(la.settings.length)],
          ['Vacancies', formatCount(la.vacancies.length)],
        ],
        { id: 'authority-summary' },
      ),
      indicators(),
      ...ruleFindings().filter((section): section is HTMLElement => section !== false),
      gapTable(),
    );
  },
};
