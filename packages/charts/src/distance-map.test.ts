import { describe, expect, it } from 'vitest';
import { parseFigure } from '../test/parse-figure.js';
import { distanceMap } from './distance-map.js';

const MILE = 1609.3;
const home = { easting: 400000, northing: 300000 };

describe('distanceMap', () => {
  it('lists places by rank with DfE straight-line miles, excluded places last', () => {
    const f = parseFigure(
      distanceMap(
        {
          home,
          places: [
            { point: { easting: 400000, northing: 300000 + 4 * MILE }, label: 'Second', rank: 2 },
            { point: { easting: 400000 + 3 * MILE, northing: 300000 + 4 * MILE }, label: 'Excluded' },
            { point: { easting: 400000 + 3 * MILE, northing: 300000 }, label: 'First', rank: 1 },
          ],
        },
        { title: 'Vacancies by distance' },
      ),
    );
    // A 3-4-5 triangle: the excluded place is 5.0 miles away.
    expect(f.tableRows()).toEqual([
      ['First', '1', '3.0'],
      ['Second', '2', '4.0'],
      ['Excluded', 'excluded', '5.0'],
    ]);
    expect(f.svg.getAttribute('class')).toBe('pw-chart pw-map');
    expect(
      f
        .all('text')
        .filter((t) => t.getAttribute('class') === 'pw-map__rank')
        .map((t) => f.text(t)),
    ).toEqual(['2', '1']);
  });

  it('scales to the furthest top-ranked place (4 miles → a 5-mile ring) and puts north up', () => {
    const f = parseFigure(
      distanceMap(
        {
          home,
          places: [{ point: { easting: 400000, northing: 300000 + 4 * MILE }, label: 'North', rank: 1 }],
        },
        { title: 'T' },
      ),
    );
    const labels = f.all('text').map((t) => f.text(t));
    expect(labels).toEqual(expect.arrayContaining(['2.5 miles', '5 miles']));
    // 4 of 5 miles above the centre (280): 280 − 280 × 0.8 = 56.
    const dot = f.all('circle').find((c) => c.getAttribute('r') === '11');
    expect([dot?.getAttribute('cx'), dot?.getAttribute('cy')]).toEqual(['280', '56']);
  });

  it('shows home and says so when there are no places', () => {
    const markup = distanceMap({ home, places: [] }, { title: 'T' });
    expect(markup).not.toMatch(/NaN|Infinity/);
    const f = parseFigure(markup);
    expect(f.text(f.all('desc')[0])).toBe('No places to show around home.');
    expect(f.tableRows()).toEqual([['No data']]);
  });
});
