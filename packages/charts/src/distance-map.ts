import type { ChartOptions } from './chart-options.js';
import { GOVUK_COLOURS } from './colours.js';
import { escapeMarkup } from './escape-markup.js';
import { renderFigure } from './internal/render-figure.js';
import { resolveId } from './internal/resolve-id.js';
import { svgNumber as n } from './internal/svg-number.js';

/** A point on the Ordnance Survey National Grid, in metres. */
export interface GridPosition {
  easting: number;
  northing: number;
}

/** A place on a {@link distanceMap}: where it is, what it is, and its rank (absent when it was excluded). */
export interface MapPlace {
  point: GridPosition;
  label: string;
  rank?: number;
}

/** The centre of a {@link distanceMap} (the child's home) and the places around it. */
export interface DistanceMapData {
  home: GridPosition;
  places: readonly MapPlace[];
}

/** Options for {@link distanceMap}. */
export interface DistanceMapOptions extends ChartOptions {
  /** Places ranked this or better are drawn as numbered dots and set the map's scale. Default: 10. */
  topRanks?: number;
}

const SIZE = 560;
const METRES_PER_MILE = 1609.3;
const RADII = [5, 10, 20, 30, 50, 100, 200, 400];

/**
 * A distance view on the OS grid (north up): home as a red square at the centre, distance rings, the best-ranked
 * places as numbered blue dots, other ranked places as blue dots and excluded ones as grey rings; returns a
 * `<figure>` with the SVG, a key and a table of each place's rank and straight-line distance (DfE's measure:
 * metres ÷ 1,609.3, one decimal place).
 *
 * @example
 * const html = distanceMap(
 *   { home: { easting: 430000, northing: 435000 }, places: [{ point: { easting: 436000, northing: 437000 }, label: 'Home A', rank: 1 }] },
 *   { title: 'Vacancies by straight-line distance from the family home' },
 * );
 */
export function distanceMap(data: DistanceMapData, options: DistanceMapOptions): string {
  const { home } = data;
  const id = resolveId('map', options.id, options.title, data);
  const topRanks = options.topRanks ?? 10;
  const half = SIZE / 2;
  const miles = (p: GridPosition) =>
    Math.hypot(p.easting - home.easting, p.northing - home.northing) / METRES_PER_MILE;
  const usable = data.places.filter((p) => Number.isFinite(miles(p.point)));
  const top = (p: MapPlace) => p.rank !== undefined && p.rank <= topRanks;
  const furthest = Math.max(0, ...usable.filter(top).map((p) => miles(p.point)));
  const radius = RADII.find((r) => r >= furthest * 1.1) ?? 400;
  const rings = [...new Set([radius / 2, radius, ...(radius > 20 ? [20] : [])])].sort((a, b) => a - b);
  const scale = half / (radius * METRES_PER_MILE);
  const at = (p: GridPosition) => ({
    x: half + (p.easting - home.easting) * scale,
    y: half - (p.northing - home.northing) * scale,
  });
  const inside = usable.filter((p) => {
    const { x, y } = at(p.point);
    return x >= 0 && x <= SIZE && y >= 0 && y <= SIZE;
  });
  const ringMarks = rings
    .map((r) => {
      const pixels = r * METRES_PER_MILE * scale;
      return `<circle cx="${half}" cy="${half}" r="${n(pixels)}" fill="none" stroke="${GOVUK_COLOURS.midGrey}" stroke-width="1"/><text x="${half + 4}" y="${n(Math.max(14, half - pixels - 4))}">${r} miles</text>`;
    })
    .join('');
  const tip = (p: MapPlace) => `<title>${escapeMarkup(p.label)}</title>`;
  const excluded = inside
    .filter((p) => p.rank === undefined)
    .map((p) => {
      const { x, y } = at(p.point);
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4" fill="none" stroke="${GOVUK_COLOURS.darkGrey}" stroke-width="1.5">${tip(p)}</circle>`;
    });
  const others = inside
    .filter((p) => p.rank !== undefined && !top(p))
    .map((p) => {
      const { x, y } = at(p.point);
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4" fill="${GOVUK_COLOURS.blue}">${tip(p)}</circle>`;
    });
  const best = inside
    .filter(top)
    .sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))
    .map((p) => {
      const { x, y } = at(p.point);
      return `<g class="pw-map__place">${tip(p)}<circle cx="${n(x)}" cy="${n(y)}" r="11" fill="${GOVUK_COLOURS.blue}"/><text x="${n(x)}" y="${n(y + 5)}" text-anchor="middle" fill="${GOVUK_COLOURS.white}" font-size="12" font-weight="700" class="pw-map__rank">${p.rank}</text></g>`;
    });
  const body = `<rect x="0" y="0" width="${SIZE}" height="${SIZE}" fill="${GOVUK_COLOURS.lightGrey}"/>${ringMarks}${excluded.join('')}${others.join('')}${best.join('')}<rect x="${half - 7}" y="${half - 7}" width="14" height="14" fill="${GOVUK_COLOURS.red}"/><text x="${half + 12}" y="${half + 20}">Home</text>`;
  const ordered = [...data.places].sort(
    (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
  );
  const distance = (p: MapPlace) => {
    const d = miles(p.point);
    return Number.isFinite(d) ? (Math.round(d * 10) / 10).toFixed(1) : '–';
  };
  const ranked = data.places.filter((p) => p.rank !== undefined).length;
  return renderFigure(
    {
      id,
      width: SIZE,
      height: SIZE,
      body,
      svgClass: 'pw-map',
      description:
        data.places.length === 0
          ? 'No places to show around home.'
          : `${ranked} ranked and ${data.places.length - ranked} excluded places around home; ${inside.length} lie within ${radius} miles and are drawn. ${ordered
              .filter(top)
              .map((p) => `${p.rank}: ${p.label}, ${distance(p)} miles`)
              .join('; ')}.`,
      key: `Red square: home. Blue numbers: the ${topRanks} best-ranked places; blue dots: other ranked places. Grey rings: excluded places. Rings at ${rings.join(' and ')} miles, straight-line; north is up`,
      table: {
        head: [options.labelName ?? 'Place', 'Rank', 'Miles (straight line)'],
        rows: ordered.map((p) => [p.label, p.rank === undefined ? 'excluded' : String(p.rank), distance(p)]),
      },
    },
    options,
  );
}
