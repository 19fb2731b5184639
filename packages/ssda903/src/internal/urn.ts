/**
 * PLACE codes for which no Ofsted URN is expected: DfE CLA validator rule 218 (2024-25/2025-26),
 * domain brief §1.6. Placements outside England are exempt too (rules 222, 243).
 */
const URN_NOT_NEEDED = new Set([
  'P1',
  'P3',
  'R1',
  'R2',
  'R5',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'Z1',
  'Z11',
  'Z12',
  'Z13',
  'Z14',
]);

/** H5 needed a URN only for placements ending on or after this date (rule 230). */
const H5_URN_FROM = '2023-10-28';

/** Whether an episode with this PLACE and end date needs a URN (before any outside-England exemption). */
export function needsUrn(placementType: string, end: string | undefined): boolean {
  if (URN_NOT_NEEDED.has(placementType)) return false;
  if (placementType === 'H5') return end === undefined || end >= H5_URN_FROM;
  return true;
}
