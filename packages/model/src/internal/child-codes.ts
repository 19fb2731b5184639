import type { CodeDefinition } from './code-definition.js';
import { defineCode as d } from './define-code.js';

const ETHNIC: readonly CodeDefinition[] = [
  d('WBRI', 'White: British'),
  d('WIRI', 'White: Irish'),
  d('WOTH', 'White: any other White background'),
  d('WIRT', 'White: Traveller of Irish heritage'),
  d('WROM', 'White: Gypsy or Roma'),
  d('MWBC', 'Mixed: White and Black Caribbean'),
  d('MWBA', 'Mixed: White and Black African'),
  d('MWAS', 'Mixed: White and Asian'),
  d('MOTH', 'Mixed: any other mixed background'),
  d('AIND', 'Asian: Indian'),
  d('APKN', 'Asian: Pakistani'),
  d('ABAN', 'Asian: Bangladeshi'),
  d('AOTH', 'Asian: any other Asian background'),
  d('BCRB', 'Black: Caribbean'),
  d('BAFR', 'Black: African'),
  d('BOTH', 'Black: any other Black background'),
  d('CHNE', 'Chinese'),
  d('OOTH', 'Any other ethnic group'),
  d('REFU', 'Refused to say'),
  d('NOBT', 'Not yet obtained'),
];

const UPN_UNKNOWN: readonly CodeDefinition[] = [
  d('UN1', 'Not yet of school age, or no UPN yet assigned'),
  d('UN2', 'Never attended a maintained school in England'),
  d('UN3', 'Educated outside England'),
  d('UN4', 'Newly looked after near the end of the year; UPN not yet known'),
  d('UN5', 'Sources disagree, so the UPN cannot be matched reliably'),
];

const MISSING: readonly CodeDefinition[] = [
  d('M', 'Missing: whereabouts unknown'),
  d('A', 'Away from placement without authorisation: whereabouts known'),
];

/** The child-level SSDA903 code lists. */
export const CHILD_CODE_LISTS = { ETHNIC, UPN_UNKNOWN, MISSING };
