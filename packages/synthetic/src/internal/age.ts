import { type Day, ymdOf } from './day.js';

/** Whole years between a birth day and a day (the day of a birthday counts as the new age). */
export function ageAt(dob: Day, day: Day): number {
  return Math.floor((ymdOf(day) - ymdOf(dob)) / 10000);
}
