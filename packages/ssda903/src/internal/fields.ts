import type { CodeListName } from '@placewise/model';
import type { Ssda903Table } from '../table.js';

/** How a column's text becomes a record value. */
export type FieldKind = 'id' | 'text' | 'code' | 'date' | 'sex' | 'flag' | 'int' | 'postcode' | 'upn';

/** One column of a table and the record key it fills. */
export interface FieldSpec {
  column: string;
  key: string;
  kind: FieldKind;
  /** A blank value rejects the row. */
  required?: true;
  /** The model code list that checks a `code` field by collection year. */
  list?: CodeListName;
  /** A fixed code set (DfE codes the model does not list), checked in every year. */
  codes?: readonly string[];
}

const f = (
  column: string,
  key: string,
  kind: FieldKind,
  extra: Omit<FieldSpec, 'column' | 'key' | 'kind'> = {},
): FieldSpec => ({ column, key, kind, ...extra });

const req = { required: true } as const;
const CHILD = f('CHILD', 'childId', 'id', req);
const DOB = f('DOB', 'dateOfBirth', 'date', req);
const flag = (column: string, key: string) => f(column, key, 'flag');
const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

// Code sets from domain brief §1.4 "Other code sets" (codes confirmed [C]; meanings partly [R]).
const ACCOM = [
  '0',
  ...['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'].flatMap((l) => [
    `${l}1`,
    `${l}2`,
  ]),
];

/**
 * Every table's fields: column, record key, kind and checks. The tables' own column order lives in
 * `SSDA903_COLUMNS`; a test keeps the two in step.
 */
export const TABLE_FIELDS: Readonly<Record<Ssda903Table, readonly FieldSpec[]>> = {
  Header: [
    f('CHILD', 'id', 'id', req),
    f('SEX', 'sex', 'sex', req),
    DOB,
    f('ETHNIC', 'ethnicity', 'code', { list: 'ETHNIC' }),
    f('UPN', 'upn', 'upn'),
    flag('MOTHER', 'mother'),
    f('MC_DOB', 'motherChildDateOfBirth', 'date'),
  ],
  Episodes: [
    CHILD,
    f('DECOM', 'start', 'date', req),
    f('RNE', 'reasonNewEpisode', 'code', { ...req, list: 'RNE' }),
    f('LS', 'legalStatus', 'code', { ...req, list: 'LS' }),
    f('CIN', 'categoryOfNeed', 'code', { ...req, list: 'CIN' }),
    f('PLACE', 'placementType', 'code', { ...req, list: 'PLACE' }),
    f('PLACE_PROVIDER', 'placementProvider', 'code', { list: 'PLACE_PROVIDER' }),
    f('DEC', 'end', 'date'),
    f('REC', 'reasonEpisodeCeased', 'code', { list: 'REC' }),
    f('REASON_PLACE_CHANGE', 'reasonPlaceChange', 'code', { list: 'REASON_PLACE_CHANGE' }),
    f('HOME_POST', 'homePostcode', 'postcode'),
    f('PL_POST', 'placementPostcode', 'postcode'),
    f('URN', 'urn', 'text'),
  ],
  UASC: [CHILD, f('SEX', 'sex', 'sex', req), DOB, f('DUC', 'uascCeased', 'date')],
  Missing: [
    CHILD,
    DOB,
    f('MISSING', 'kind', 'code', { ...req, list: 'MISSING' }),
    f('MIS_START', 'start', 'date', req),
    f('MIS_END', 'end', 'date'),
  ],
  Reviews: [
    CHILD,
    DOB,
    f('REVIEW', 'date', 'date', req),
    f('REVIEW_CODE', 'participation', 'code', { codes: range('PN', 0, 7) }),
  ],
  OC2: [
    CHILD,
    DOB,
    f('SDQ_SCORE', 'sdqScore', 'int'),
    f('SDQ_REASON', 'sdqReason', 'code', { codes: range('SDQ', 1, 5) }),
    flag('CONVICTED', 'convicted'),
    flag('HEALTH_CHECK', 'healthCheck'),
    flag('IMMUNISATIONS', 'immunisations'),
    flag('TEETH_CHECK', 'teethCheck'),
    flag('HEALTH_ASSESSMENT', 'healthAssessment'),
    flag('SUBSTANCE_MISUSE', 'substanceMisuse'),
    flag('INTERVENTION_RECEIVED', 'interventionReceived'),
    flag('INTERVENTION_OFFERED', 'interventionOffered'),
  ],
  OC3: [
    CHILD,
    DOB,
    f('IN_TOUCH', 'inTouch', 'code', { codes: ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'] }),
    f('ACTIV', 'activity', 'code', {
      codes: ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'],
    }),
    f('ACCOM', 'accommodation', 'code', { codes: ACCOM }),
  ],
  AD1: [
    CHILD,
    DOB,
    f('DATE_INT', 'decisionDate', 'date'),
    f('DATE_MATCH', 'matchDate', 'date'),
    flag('FOSTER_CARE', 'adoptedByFosterCarer'),
    f('NB_ADOPTR', 'numberOfAdopters', 'int'),
    f('SEX_ADOPTR', 'adopterSex', 'code', { codes: ['M1', 'F1', 'MM', 'FF', 'MF'] }),
    f('LS_ADOPTR', 'adopterLegalStatus', 'code', { codes: ['L0', 'L11', 'L12', 'L2', 'L3', 'L4'] }),
  ],
  PlacedAdoption: [
    CHILD,
    DOB,
    f('DATE_PLACED', 'decisionDate', 'date', req),
    f('DATE_PLACED_CEASED', 'ceasedDate', 'date'),
    f('REASON_PLACED_CEASED', 'ceasedReason', 'code', { codes: range('RD', 1, 4) }),
  ],
  PrevPerm: [
    CHILD,
    DOB,
    f('PREV_PERM', 'previousPermanence', 'code', { codes: ['P1', 'P2', 'P3', 'P4', 'Z1'] }),
    f('LA_PERM', 'authority', 'text'),
    f('DATE_PERM', 'date', 'text'),
  ],
  SWEpisodes: [
    CHILD,
    DOB,
    f('SW_ID', 'socialWorkerId', 'text', req),
    f('SW_DECOM', 'start', 'date', req),
    f('SW_DEC', 'end', 'date'),
    f('SW_REASON', 'reason', 'code', {
      codes: [
        'MANAGE',
        'FCONTA',
        'LEFTRL',
        'ORGRST',
        'TSPROC',
        'ABSENC',
        'CHCHAN',
        'PCCHAN',
        'SWDIED',
        'OTHERS',
      ],
    }),
  ],
  DoLo: [CHILD, DOB, f('DOLO_START', 'start', 'date', req), f('DOLO_END', 'end', 'date')],
};

/** The columns a file must have for its table to be read at all: those whose values are required. */
export function requiredColumns(table: Ssda903Table): string[] {
  return TABLE_FIELDS[table].filter((field) => field.required).map((field) => field.column);
}
