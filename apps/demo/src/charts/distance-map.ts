import type { GridPoint } from '@placewise/model';
import { h, svg } from '../dom/element.js';

/** A place on the distance view. */
export interface MapPoint {
  point: GridPoint;
  label: string;
  /** Rank among eligible vacancies, drawn as a number; absent for ineligible ones. */
  rank?: number;
}

const METRES_PER_MILE = 1609.3;

/**
 * A distance view: the child's home at the centre, distance rings, eligible vacancies as numbered
 * blue dots and ineligible ones as grey rings, on the Ordnance Survey grid (north up). Straight lines, as DfE
 * measures; not travel distance.
 *
 * @example
 * distanceMap({ home: { easting: 430000, northing: 435000 }, points: [] })
 */
export function distanceMap(options: {
  home: GridPoint;
  points: readonly MapPoint[];
  summary: string;
}): HTMLElement {
  const size = 560;
  const half = size / 2;
  // Scale to the ten best-ranked vacancies (at least 5 miles across), with a ring at DfE's 20-mile band when in view.
  const milesTo = (p: GridPoint) =>
    Math.hypot(p.easting - options.home.easting, p.northing - options.home.northing) / METRES_PER_MILE;
  const top = (p: MapPoint) => p.rank !== undefined && p.rank <= 10;
  const furthest = Math.max(0, ...options.points.filter(top).map((p) => milesTo(p.point)));
  const radiusMiles = [5, 10, 20, 30, 50, 100, 200, 400].find((r) => r >= furthest * 1.1) ?? 400;
  const rings = [...new Set([radiusMiles / 2, radiusMiles, ...(radiusMiles > 20 ? [20] : [])])];
  const scale = half / (radiusMiles * METRES_PER_MILE);
  const at = (p: GridPoint) => ({
    x: half + (p.easting - options.home.easting) * scale,
    y: half - (p.northing - options.home.northing) * scale,
  });
  const inside = options.points.filter((p) => {
    const { x, y } = at(p.point);
    return x >= 0 && x <= size && y >= 0 && y <= size;
  });
  const ring = (miles: number) => [
    svg('circle', {
      cx: half,
      cy: half,
      r: miles * METRES_PER_MILE * scale,
      fill: 'none',
      stroke: '#b1b4b6',
      'stroke-width': 1,
    }),
    svg('text', { x: half + 4, y: Math.max(14, half - miles * METRES_PER_MILE * scale - 4) }, [
      `${miles} miles`,
    ]),
  ];
  return h('figure', { class: 'pw-figure' }, [
    svg(
      'svg',
      {
        class: 'pw-chart pw-map',
        viewBox: `0 0 ${size} ${size}`,
        role: 'img',
        'aria-labelledby': 'map-title map-desc',
      },
      [
        svg('title', { id: 'map-title' }, ['Vacancies by straight-line distance from the family home']),
        svg('desc', { id: 'map-desc' }, [options.summary]),
        svg('rect', { x: 0, y: 0, width: size, height: size, fill: '#f3f2f1' }),
        ...rings.flatMap(ring),
        ...inside
          .filter((p) => p.rank === undefined)
          .map((p) => {
            const { x, y } = at(p.point);
            return svg(
              'circle',
              { cx: x, cy: y, r: 4, fill: 'none', stroke: '#505a5f', 'stroke-width': 1.5 },
              [svg('title', {}, [p.label])],
            );
          }),
        ...inside
          .filter((p) => p.rank !== undefined && !top(p))
          .map((p) => {
            const { x, y } = at(p.point);
            return svg('circle', { cx: x, cy: y, r: 4, fill: '#1d70b8' }, [svg('title', {}, [p.label])]);
          }),
        ...inside
          .filter(top)
          .sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))
          .map((p) => {
            const { x, y } = at(p.point);
            return svg('g', {}, [
              svg('title', {}, [p.label]),
              svg('circle', { cx: x, cy: y, r: 11, fill: '#1d70b8' }),
              svg('text', { x, y: y + 5, 'text-anchor': 'middle', fill: '#ffffff', class: 'pw-map__rank' }, [
                String(p.rank),
              ]),
            ]);
          }),
        svg('rect', { x: half - 7, y: half - 7, width: 14, height: 14, fill: '#d4351c' }),
        svg('text', { x: half + 12, y: half + 20 }, ['Home']),
      ],
    ),
    h('figcaption', { class: 'govuk-body-s' }, [
      `Red square: family home (postcode sector). Blue numbers: the ten best-ranked vacancies; blue dots: other eligible ones. Grey rings: vacancies excluded by a hard constraint. Rings at ${rings.join(' and ')} miles; north is up.`,
    ]),
  ]);
}
