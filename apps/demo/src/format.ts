import type { Pence } from '@placewise/model';

const count = new Intl.NumberFormat('en-GB');
const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});
const percentage = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** A count with thousands separators: `1,234`. */
export function formatCount(n: number): string {
  return count.format(n);
}

/** Pence as whole pounds: `£5,200`. */
export function formatPounds(pence: Pence | number): string {
  return pounds.format(pence / 100);
}

/** A proportion (0–1) as a percentage: `12.5%`. */
export function formatPercent(proportion: number): string {
  return percentage.format(proportion);
}
