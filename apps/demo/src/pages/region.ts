import { distanceMap } from '@placewise/charts';
import { createSectorLocator, listSectors } from '@placewise/geo';
import {
  childrenPlacedAway,
  planCapacity,
  readAuthority,
  renderRegionalSections,
  reportOfRead,
} from '@placewise/region';
import { generateRegion, syntheticAuthorityReturn } from '@placewise/synthetic';
import { fromMarkup } from '../dom/markup.js';
import { formatCount } from '../format.js';
import { summaryList } from '../govuk/summary-list.js';
import { insetText, pageHeading, paragraph, sectionHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

const YEAR = '2024-25';

/** A synthetic region of five real neighbouring authorities around Leeds, read back from written returns. */
async function buildRegion() {
  const locator = createSectorLocator();
  const region = generateRegion({ seed: 1, authorities: 5, children: 160 });
  const read = [];
  for (const la of region) {
    const input = syntheticAuthorityReturn(la, { year: YEAR });
    read.push(await readAuthority(input, { collectionYear: YEAR, locator }));
  }
  const names = Object.fromEntries(region.map((la) => [la.authority.code, la.authority.name]));
  return { read, names, locator };
}

export const regionPage: Page = {
  id: 'region',
  title: 'Region',
  async render(root) {
    root.append(
      pageHeading('Region', 'Regional commissioning'),
      paragraph(
        'Five real neighbouring authorities with synthetic children, generated in your browser: each authority’s indicators beside the region’s, where children are placed across borders, demand against supply, and where new children’s home places would bring the most children within 20 miles of home.',
      ),
    );
    const { read, names, locator } = await buildRegion();
    const report = reportOfRead(read, { collectionYear: YEAR, locator, forecast: false });
    const sections = fromMarkup(renderRegionalSections(report, names));
    sections.id = 'region-report';
    const { children } = childrenPlacedAway(read, { date: '2025-03-31', locator });
    const codes = new Set<string>(read.map((a) => a.gss));
    const candidates = listSectors()
      .filter((s) => codes.has(s.authority))
      .map((s) => ({ id: s.sector, point: s.point }));
    const plan = planCapacity(children, candidates, { places: 12, type: 'childrens-home' });
    const at = new Map(candidates.map((c) => [c.id, c.point]));
    const centre = {
      easting: candidates.reduce((s, c) => s + c.point.easting, 0) / Math.max(1, candidates.length),
      northing: candidates.reduce((s, c) => s + c.point.northing, 0) / Math.max(1, candidates.length),
    };
    const map = distanceMap(
      {
        home: centre,
        places: plan.sites.map((s, i) => ({
          point: at.get(s.candidate) ?? centre,
          label: `${s.candidate}: ${s.places} places`,
          rank: i + 1,
        })),
      },
      {
        title: 'Recommended children’s home places, from the centre of the region',
        description: 'Postcode sectors where the planner would add places, numbered largest first.',
      },
    );
    root.append(
      insetText(
        'Counts from 1 to 4 in the flows and demand tables are shown as c, with others hidden so they cannot be worked out.',
      ),
      sections,
      sectionHeading('Planner: 12 children’s home places'),
      summaryList(
        [
          ['Children placed outside the region or over 20 miles from home', formatCount(children.length)],
          ['Children brought within 20 miles', formatCount(plan.childrenBroughtBack)],
          ['Miles saved', formatCount(Math.round(plan.milesSaved))],
          ['Marginal value of each place', plan.added.map((p) => p.marginalValue).join(', ')],
          ['Bound and gap', `${plan.bound} (gap ${(plan.gap * 100).toFixed(1)}%)`],
        ],
        { id: 'region-plan' },
      ),
      fromMarkup(map),
    );
  },
};
