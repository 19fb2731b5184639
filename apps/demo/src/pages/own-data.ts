import { createSectorLocator } from '@placewise/geo';
import {
  type CollectionYear,
  collectionYearBounds,
  inferCollectionYear,
  isSupportedCollectionYear,
  SUPPORTED_COLLECTION_YEARS,
} from '@placewise/model';
import {
  coverageOf,
  derivePlacements,
  type ReadReturnResult,
  type ReturnFile,
  readReturn,
} from '@placewise/ssda903';
import {
  computeIndicators,
  computeSufficiencyGap,
  runRules,
  type SufficiencyDataset,
} from '@placewise/sufficiency';
import { generateAuthority, writeSyntheticReturns } from '@placewise/synthetic';
import { ErrorSummary } from 'govuk-frontend';
import { DEMO_SEED } from '../authority.js';
import { h } from '../dom/element.js';
import { formatCount } from '../format.js';
import { errorSummary } from '../govuk/error-summary.js';
import { button, fileUpload, select } from '../govuk/fields.js';
import { issuesPanel } from '../govuk/issues-panel.js';
import { notificationBanner } from '../govuk/notification-banner.js';
import { summaryList } from '../govuk/summary-list.js';
import { table } from '../govuk/table.js';
import { insetText, pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';
import {
  coverageWarning,
  gapSection,
  indicatorsSection,
  notAssessableSection,
  ruleFindingsSection,
} from '../sufficiency/sections.js';

/** Every supported collection year, newest first. */
function supportedYears(): CollectionYear[] {
  const years: CollectionYear[] = [];
  const first = Number(SUPPORTED_COLLECTION_YEARS.first.slice(0, 4));
  for (let start = Number(SUPPORTED_COLLECTION_YEARS.last.slice(0, 4)); start >= first; start--) {
    years.push(`${start}-${String((start + 1) % 100).padStart(2, '0')}`);
  }
  return years;
}

const INFER = 'infer';

/** Reads the files for the year chosen, or for the year of their latest episode date. */
function readForYear(
  files: ReturnFile[],
  chosen: string,
): { result: ReadReturnResult; year: CollectionYear | undefined; inferred: boolean } {
  const locator = createSectorLocator();
  if (chosen !== INFER)
    return { result: readReturn(files, { collectionYear: chosen, locator }), year: chosen, inferred: false };
  const first = readReturn(files, { locator });
  const year = inferCollectionYear(first.value.episodes.flatMap((e) => [e.start, e.end]));
  if (!year || !isSupportedCollectionYear(year)) return { result: first, year: undefined, inferred: true };
  return { result: readReturn(files, { collectionYear: year, locator }), year, inferred: true };
}

/** What shows in place of the figures when the year is not known: the coverage warning, if any. */
function noFigures(result: ReadReturnResult): HTMLElement {
  return h('div', { id: 'own-figures' }, [
    coverageWarning(coverageOf(result)),
    paragraph('No figures: the collection year could not be told from the episodes. Choose the year above.'),
  ]);
}

/** The council's own indicators, rule findings and gap, from what was read, with the coverage warning. */
function ownFigures(
  result: ReadReturnResult,
  placements: SufficiencyDataset['placements'],
  year: CollectionYear,
): HTMLElement {
  const locator = createSectorLocator();
  const dataset: SufficiencyDataset = {
    children: result.value.children,
    episodes: result.value.episodes,
    placements,
    coverage: coverageOf(result),
  };
  const period = collectionYearBounds(year);
  const indicators = computeIndicators(dataset, { collectionYear: year, locator }).value;
  const { findings, notAssessable } = runRules(dataset, { period }, { nation: 'england' });
  const gap = computeSufficiencyGap(dataset, { asOf: period.end, locator });
  return h('div', { id: 'own-figures' }, [
    sectionHeading('Your indicators, findings and gap', 'l'),
    indicatorsSection(
      [indicators],
      `DfE's children looked after measures for ${year}, computed in this browser from the rows of your return that could be used.`,
    ),
    ruleFindingsSection(findings, period),
    notAssessableSection(notAssessable),
    gapSection(gap),
  ]);
}

async function readFiles(list: FileList): Promise<ReturnFile[]> {
  return Promise.all(
    [...list].map(async (file) => ({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) })),
  );
}

function showResults(results: HTMLElement, files: ReturnFile[], chosen: string): void {
  const { result, year, inferred } = readForYear(files, chosen);
  const { value, tables, issues } = result;
  const placements = derivePlacements(value.episodes, { locator: createSectorLocator() });
  const all = [...issues, ...placements.issues];
  const errors = all.filter((i) => i.severity === 'error').length;
  const others = all.length - errors;
  results.replaceChildren(
    errors === 0
      ? notificationBanner({
          success: true,
          heading: `Read ${files.length} file(s) with no errors${others > 0 ? ` (${others} warning(s) or note(s) below)` : ''}`,
        })
      : notificationBanner({
          heading: `${formatCount(errors)} error(s) found in ${files.length} file(s)`,
          body: ['Rows with errors were set aside, not dropped: each one is listed below with where it is.'],
        }),
    sectionHeading('What was read'),
    summaryList([
      [
        'Collection year',
        year ? `${year}${inferred ? ' (from the latest episode date)' : ''}` : 'Not known: no episode dates',
      ],
      ['Children (Header)', formatCount(value.children.length)],
      ['Episodes', formatCount(value.episodes.length)],
      ['Placements derived from the episodes', formatCount(placements.value.length)],
      ['Issues', formatCount(all.length)],
    ]),
    table({
      caption: 'Rows by table',
      captionSize: 's',
      columns: [
        { header: 'Table' },
        { header: 'File' },
        { header: 'Rows', numeric: true },
        { header: 'Accepted', numeric: true },
        { header: 'Rejected', numeric: true },
      ],
      rows: tables.map((t) => [t.table, t.file ?? '', t.rows, t.accepted, t.rejected]),
    }),
    all.length > 0 ? issuesPanel(all) : paragraph('No issues.'),
    year ? ownFigures(result, placements.value, year) : noFigures(result),
  );
}

/** A synthetic return with deliberate mistakes (injected by @placewise/synthetic), to try the page with. */
function syntheticFiles(): { files: ReturnFile[]; faults: number } {
  const la = generateAuthority({ seed: DEMO_SEED + 1, children: 150, faults: { rate: 0.02 } });
  const written = writeSyntheticReturns(la, { years: ['2024-25'] });
  return {
    files: written.files.map((f) => ({ name: f.name.replace('2024-25/', ''), content: f.content })),
    faults: written.faults.length,
  };
}

function tryWithSynthetic(results: HTMLElement): HTMLElement {
  const downloads = h('ul', { class: 'govuk-list' });
  const run = button('Check a synthetic return with mistakes', {
    secondary: true,
    type: 'button',
    id: 'try-synthetic',
  });
  run.addEventListener('click', () => {
    const { files, faults } = syntheticFiles();
    showResults(results, files, '2024-25');
    results.prepend(
      paragraph(
        `The synthetic return below has ${faults} deliberate mistakes; each should appear in the issues table.`,
      ),
    );
    results.setAttribute('data-done', 'true');
    downloads.replaceChildren(
      ...files.map((f) =>
        h('li', {}, [
          h(
            'a',
            {
              class: 'govuk-link',
              download: f.name,
              href: URL.createObjectURL(new Blob([f.content as string], { type: 'text/csv' })),
            },
            [`Download ${f.name}`],
          ),
        ]),
      ),
    );
  });
  return h('div', {}, [
    paragraph(
      'No return to hand? Check a synthetic one with deliberate mistakes, then download its files to try the form.',
    ),
    run,
    downloads,
  ]);
}

/** "Your own data": SSDA903 files read in this browser, never uploaded, with their issues located. */
export const ownDataPage: Page = {
  id: 'your-own-data',
  title: 'Your own data',
  render(root) {
    const errorSlot = h('div');
    const results = h('div', { id: 'results', 'aria-live': 'polite' });
    const form = h('form', { novalidate: true, id: 'own-data-form' }, [
      fileUpload({
        id: 'files',
        label: 'SSDA903 files',
        hint: 'Choose the CSV files of a return (Header, Episodes, UASC, …) or its XML. Tables are told by file name or columns.',
        multiple: true,
        accept: '.csv,.xml,text/csv,text/xml',
      }),
      select({
        id: 'collectionYear',
        label: 'Collection year',
        hint: 'Codes are checked against this year’s code lists. By default, the year of the latest episode date.',
        options: [[INFER, 'From the data'], ...supportedYears().map((y): [string, string] => [y, y])],
        value: INFER,
      }),
      button('Check files'),
    ]);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = form.querySelector<HTMLInputElement>('#files');
      const year = form.querySelector<HTMLSelectElement>('#collectionYear')?.value ?? INFER;
      if (!input?.files || input.files.length === 0) {
        const summary = errorSummary([{ text: 'Select one or more SSDA903 files', href: '#files' }]);
        errorSlot.replaceChildren(summary);
        results.replaceChildren();
        new ErrorSummary(summary);
        return;
      }
      errorSlot.replaceChildren();
      // Not done until these files are read: a check before this one left the mark on.
      results.removeAttribute('data-done');
      results.replaceChildren(paragraph('Reading…'));
      showResults(results, await readFiles(input.files), year);
      results.setAttribute('data-done', 'true');
    });
    root.append(
      errorSlot,
      pageHeading('Your own data', 'Check an SSDA903 return'),
      paragraph(
        'Load the files of an SSDA903 return to see what Placewise reads from them and every problem it finds, located to the file, row and column.',
      ),
      insetText(
        'Your files are read by this page in your browser and never uploaded: the page is not allowed to send anything anywhere (its Content-Security-Policy forbids it).',
      ),
      form,
      tryWithSynthetic(results),
      results,
    );
  },
};
