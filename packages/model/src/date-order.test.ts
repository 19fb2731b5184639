import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { watchDateOrder } from './date-order.js';

describe('watchDateOrder', () => {
  it('gives a verdict only from both signs: dates valid only as MM/DD, and none with a day above 12', () => {
    const us = watchDateOrder<number>();
    for (const date of ['4/1/2024', '12/11/2023']) us.read(date);
    us.invalid('5/20/2024', 3);
    us.invalid('6/30/2024', 5);
    us.invalid('31/02/2024', 6); // no order reads it
    expect(us.monthFirst()).toEqual({
      count: 2,
      first: 3,
      message: expect.stringMatching(
        /^2 dates are valid only as MM\/DD\/YYYY, and no date read has a day above 12/,
      ),
    });

    const uk = watchDateOrder<number>();
    uk.read('13/04/2024');
    uk.invalid('5/20/2024', 1);
    expect(uk.monthFirst()).toBeUndefined();
    expect(watchDateOrder<number>().monthFirst()).toBeUndefined();
  });

  it('reads a date in place, from a span of a longer text', () => {
    const watch = watchDateOrder<string>();
    const line = 'C1,25/12/2024,S';
    watch.read(line, 3, 13);
    watch.invalid('1/25/2024', 'row 2');
    expect(watch.monthFirst()).toBeUndefined();
  });

  it('knows the calendar: 2/29 is MM/DD only in a leap year, and ISO dates are not weighed', () => {
    const leap = watchDateOrder<number>();
    leap.invalid('2/29/2024', 1);
    leap.invalid('2/29/2023', 2);
    leap.invalid('2024-13-01', 3);
    expect(leap.monthFirst()).toEqual({
      count: 1,
      first: 1,
      message: expect.stringMatching(/^1 date is valid/),
    });
  });

  it('weighs datetimes as their dates', () => {
    const watch = watchDateOrder<number>();
    watch.read('4/1/2024 0:00');
    watch.invalid('4/13/2024 0:00', 7);
    expect(watch.monthFirst()).toEqual({
      count: 1,
      first: 7,
      message: expect.stringMatching(/^1 date is valid/),
    });
    watch.read('13/04/2024 00:00:00');
    expect(watch.monthFirst()).toBeUndefined();
  });

  it('never gives a verdict once a day above 12 has been read (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 13, max: 28 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 31 }))),
        (day, swapped) => {
          const watch = watchDateOrder<number>();
          watch.read(`${day}/06/2024`);
          swapped.forEach(([m, d], i) => {
            watch.invalid(`${m}/${d}/2024`, i);
          });
          return watch.monthFirst() === undefined;
        },
      ),
    );
  });
});
