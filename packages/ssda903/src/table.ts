import * as z from 'zod';

/**
 * The SSDA903 tables Placewise reads and writes, by the names DfE's validator gives them
 * (domain brief §1.2; `SWEpisodes` is LIIA's `SocialWorker`).
 *
 * @example
 * Ssda903Table.parse('Episodes');
 */
export const Ssda903Table = z.enum([
  'Header',
  'Episodes',
  'UASC',
  'Missing',
  'Reviews',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'SWEpisodes',
  'DoLo',
]);
/** @see {@link Ssda903Table} */
export type Ssda903Table = z.infer<typeof Ssda903Table>;

/**
 * Each table's columns, in the order DfE lists them (and in which Placewise writes them).
 * Sources: the DfE CLA validator's `config.py` and the LIIA SSDA903 schema (domain brief §1.2).
 *
 * @example
 * SSDA903_COLUMNS.Missing; // ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END']
 */
export const SSDA903_COLUMNS: Readonly<Record<Ssda903Table, readonly string[]>> = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  OC2: [
    'CHILD',
    'DOB',
    'SDQ_SCORE',
    'SDQ_REASON',
    'CONVICTED',
    'HEALTH_CHECK',
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
};
