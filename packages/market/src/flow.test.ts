import { describe, expect, it } from 'vitest';
import { summariseFlow } from './flow.js';
import type { FlowEvent } from './market-data.js';

const event = (
  year: number,
  e: FlowEvent['event'],
  sector: FlowEvent['sector'],
  places: number,
): FlowEvent => ({
  year,
  kind: 'childrens-home',
  authority: 'E1',
  region: 'R',
  sector,
  places,
  event: e,
  name: 'redacted',
});

describe('summariseFlow', () => {
  const events = [
    event(2025, 'joiner', 'private', 4),
    event(2025, 'joiner', 'private', 2),
    event(2025, 'leaver', 'local-authority', 5),
    event(2024, 'leaver', 'private', 3),
  ];

  it('counts homes and places opened and closed by year and sector, with the net change', () => {
    const { years } = summariseFlow(events);
    expect(
      years.map((y) => [
        y.year,
        y.openedHomes,
        y.openedPlaces,
        y.closedHomes,
        y.closedPlaces,
        y.netHomes,
        y.netPlaces,
      ]),
    ).toEqual([
      [2024, 0, 0, 1, 3, -1, -3],
      [2025, 2, 6, 1, 5, 1, 1],
    ]);
    expect(years[1]?.bySector).toEqual([
      { sector: 'local-authority', openedHomes: 0, openedPlaces: 0, closedHomes: 1, closedPlaces: 5 },
      { sector: 'private', openedHomes: 2, openedPlaces: 6, closedHomes: 0, closedPlaces: 0 },
    ]);
    expect(years[1]?.redactedNames).toBe(3);
  });

  it("gives closures' share of the places at the year's start only where those are known", () => {
    const { years } = summariseFlow(events, {
      placesAt: new Map([[2024, 50]]),
      homesAt: new Map([[2024, 12]]),
    });
    expect(years[0]?.closuresShareOfPlaces).toBeUndefined();
    expect(years[1]?.closuresShareOfPlaces?.text).toBe('10.0%');
    const few = summariseFlow(events, { placesAt: new Map([[2024, 8]]), homesAt: new Map([[2024, 2]]) });
    expect(few.years[1]?.closuresShareOfPlaces?.text).toBe('not shown: rests on 2 homes');
  });
});
