import {
  formatTableCsv,
  type ObservedDemand,
  type ScenarioComparison,
  tabulateForecast,
  writeTablesXlsx,
} from '@placewise/forecast';
import { h } from '../dom/element.js';
import { button } from '../govuk/fields.js';
import { paragraph, sectionHeading } from '../govuk/typography.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A link that downloads `bytes` as `name`, built in the browser. */
function download(name: string, bytes: BlobPart, type: string): HTMLElement {
  const href = URL.createObjectURL(new Blob([bytes], { type }));
  return h('li', {}, [h('a', { class: 'govuk-link', download: name, href }, [`Download ${name}`])]);
}

/**
 * The forecast's tables to take away: a CSV file per table and an Excel workbook, made in the browser on
 * request (`writeTablesXlsx` fetches the spreadsheet library, a chunk of its own, only then).
 */
export function exportLinks(comparison: ScenarioComparison, observed: ObservedDemand): HTMLElement {
  const forecast = comparison.scenarios[0]?.forecast;
  const list = h('ul', { class: 'govuk-list', id: 'forecast-downloads' });
  const make = button('Prepare downloads', { type: 'button', secondary: true, id: 'forecast-export' });
  make.addEventListener('click', async () => {
    if (!forecast) return;
    const tables = tabulateForecast({ forecast, history: observed, scenarios: comparison.rows });
    list.replaceChildren(
      ...tables.map((t) => download(`forecast-${t.name}.csv`, formatTableCsv(t), 'text/csv')),
    );
    const bytes = await writeTablesXlsx(tables);
    list.prepend(download('forecast.xlsx', bytes as Uint8Array<ArrayBuffer>, XLSX_TYPE));
    list.setAttribute('data-done', 'true');
  });
  return h('div', {}, [
    sectionHeading('Take the figures away', 'm'),
    paragraph(
      'History, projection with intervals, each 31 March and the scenarios, as CSV files and one Excel workbook.',
    ),
    make,
    list,
  ]);
}
