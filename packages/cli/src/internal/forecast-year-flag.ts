import { CliExit } from '../io.js';

/** The furthest a plan may look ahead, as `placewise forecast --horizon` allows. */
const MAX_YEARS = 5;

/**
 * `--forecast-year` (`2028`, or the collection year `2027-28`) as the 31 March it ends on, `undefined` when
 * absent; exits 2 unless it is 1 to 5 years after `now` (the 31 March of the collection year read).
 */
export function parseForecastYear(flag: string | undefined, now: string): string | undefined {
  if (flag === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(flag);
  const start = Number(match?.[1]);
  const end = match?.[2] === undefined ? start : start + 1;
  const consistent = match?.[2] === undefined || Number(match[2]) === end % 100;
  const nowYear = Number(now.slice(0, 4));
  if (!match || !consistent || end <= nowYear || end > nowYear + MAX_YEARS)
    throw new CliExit(
      2,
      `--forecast-year must be a year from ${nowYear + 1} to ${nowYear + MAX_YEARS} (e.g. ${nowYear + 3} or ${nowYear + 2}-${String((nowYear + 3) % 100).padStart(2, '0')}): the returns end on ${now}.`,
    );
  return `${end}-03-31`;
}
