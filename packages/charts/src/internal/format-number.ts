const FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The default way a chart writes a number: British grouping, at most two decimal places; `–` if not finite. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? FORMAT.format(value) : '–';
}
