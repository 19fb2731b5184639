/**
 * Fewer owners than this, and a share of places is not shown to one decimal.
 *
 * @example
 * SMALL_BASE_OWNERS; // 5
 */
export const SMALL_BASE_OWNERS = 5;
/**
 * Fewer homes than this in an area, and a share is not shown to one decimal.
 *
 * @example
 * SMALL_BASE_HOMES; // 3
 */
export const SMALL_BASE_HOMES = 3;

/**
 * A share that says when it rests on too few providers to be shown as a figure.
 *
 * @example
 * const share: Share = { share: 0.412, text: '41.2%', smallBase: false };
 */
export interface Share {
  /** The share, 0–1; absent when the base is small or empty. */
  share?: number;
  /** The share to one decimal place, or the reason it is not shown. */
  text: string;
  smallBase: boolean;
}

/**
 * Options for {@link describeShare}: how many owners and homes the share rests on.
 *
 * @example
 * const options: DescribeShareOptions = { owners: 3, homes: 10 };
 */
export interface DescribeShareOptions {
  /** Owners behind the figure; fewer than {@link SMALL_BASE_OWNERS} is a small base. Default: not checked. */
  owners?: number;
  /** Homes behind the figure; fewer than {@link SMALL_BASE_HOMES} is a small base. Default: not checked. */
  homes?: number;
}

/**
 * Describes `part` as a share of `whole` to one decimal place — or, when it rests on fewer than 5 owners
 * or fewer than 3 homes, says so instead of showing a figure.
 *
 * @example
 * describeShare(30, 40, { owners: 12, homes: 9 }).text; // '75.0%'
 * describeShare(30, 40, { owners: 2 }).text; // 'not shown: rests on 2 owners'
 */
export function describeShare(part: number, whole: number, options: DescribeShareOptions = {}): Share {
  const { owners, homes } = options;
  if (owners !== undefined && owners < SMALL_BASE_OWNERS)
    return { text: `not shown: rests on ${owners} owner${owners === 1 ? '' : 's'}`, smallBase: true };
  if (homes !== undefined && homes < SMALL_BASE_HOMES)
    return { text: `not shown: rests on ${homes} home${homes === 1 ? '' : 's'}`, smallBase: true };
  if (whole <= 0) return { text: 'no places', smallBase: false };
  const share = part / whole;
  return { share, text: `${(share * 100).toFixed(1)}%`, smallBase: false };
}
