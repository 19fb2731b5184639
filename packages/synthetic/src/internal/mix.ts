/**
 * National mixes the generator draws from. Figures are DfE's published children-looked-after statistics
 * (domain brief §2: starts by age 2024, UASC share 2025, placement mix 2023–24, reasons for placement
 * change 2024) rounded; where the brief tags a figure [R] or [S] the mix here is no firmer than that.
 */

/** Age at entry to care, as [min, max] whole years → share (starts 2024: 29% aged 16+, 26% aged 10–15). */
export const ENTRY_AGE: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 0.18],
  [[1, 4], 0.13],
  [[5, 9], 0.14],
  [[10, 15], 0.26],
  [[16, 17], 0.29],
];

/**
 * Share of the children drawn who are unaccompanied asylum-seeking children. UASC stay shorter than
 * others (they enter at 14–17), so this gives about 8% of those looked after at 31 March, as nationally
 * (6,540 of 81,770 at 31 March 2025).
 */
export const UASC_SHARE = 0.095;

/** ETHNIC codes for children who are not UASC, roughly the CLA population at 31 March 2024. */
export const ETHNICITY: readonly (readonly [string, number])[] = [
  ['WBRI', 0.64],
  ['WIRI', 0.005],
  ['WOTH', 0.05],
  ['WIRT', 0.003],
  ['WROM', 0.007],
  ['MWBC', 0.03],
  ['MWBA', 0.012],
  ['MWAS', 0.012],
  ['MOTH', 0.035],
  ['AIND', 0.006],
  ['APKN', 0.012],
  ['ABAN', 0.006],
  ['AOTH', 0.02],
  ['BCRB', 0.012],
  ['BAFR', 0.035],
  ['BOTH', 0.012],
  ['CHNE', 0.002],
  ['OOTH', 0.04],
  ['REFU', 0.002],
  ['NOBT', 0.003],
];

/** ETHNIC codes for UASC (mostly from Afghanistan, Sudan, Eritrea, Iran, Vietnam and Albania). */
export const UASC_ETHNICITY: readonly (readonly [string, number])[] = [
  ['AOTH', 0.35],
  ['BAFR', 0.3],
  ['OOTH', 0.25],
  ['WOTH', 0.05],
  ['BOTH', 0.05],
];

/** CIN: category of need at entry (abuse or neglect about two thirds). */
export const NEED: readonly (readonly [string, number])[] = [
  ['N1', 0.62],
  ['N2', 0.03],
  ['N3', 0.03],
  ['N4', 0.08],
  ['N5', 0.14],
  ['N6', 0.02],
  ['N7', 0.003],
  ['N8', 0.05],
];

/** REASON_PLACE_CHANGE for moves to a new carer (all changes 2024, less "status change only"). */
export const MOVE_REASON: readonly (readonly [string, number])[] = [
  ['CARPL', 0.41],
  ['OTHER', 0.29],
  ['CREQB', 0.11],
  ['CREQO', 0.08],
  ['CHILD', 0.04],
  ['LAREQ', 0.02],
  ['STAND', 0.015],
  ['CLOSE', 0.015],
  ['ALLEG', 0.01],
];

/** Ofsted overall judgements of children's homes (about four in five good or outstanding). */
export const JUDGEMENT: readonly (readonly [
  'outstanding' | 'good' | 'requires-improvement' | 'inadequate',
  number,
])[] = [
  ['outstanding', 0.17],
  ['good', 0.64],
  ['requires-improvement', 0.15],
  ['inadequate', 0.04],
];
