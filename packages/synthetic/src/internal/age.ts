import { type Day, isoOf } from './day.js';

/** Whole years between a birth day and a day (the day of a birthday counts as the new age). */
export function ageAt(dob: Day, day: Day): number {
  const b = isoOf(dob);
  const d = isoOf(day);
  const years = Number(d.slice(0, 4)) - Number(b.slice(0, 4));
  return d.slice(5) < b.slice(5) ? years - 1 : years;
}
