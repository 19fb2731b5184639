import type { IssueSeverity } from '@placewise/model';

/**
 * Every issue code the SSDA903 reader and checks report, with its severity and meaning. Codes are stable:
 * tools may match on them. An `error` rejects the row it is about; a `warning` or `info` keeps it.
 *
 * @example
 * SSDA903_ISSUE_CODES['episode.overlap'].severity; // 'error'
 */
export const SSDA903_ISSUE_CODES = {
  'table.unrecognised': { severity: 'error', description: 'The file is not one of the SSDA903 tables.' },
  'table.repeated': {
    severity: 'info',
    description:
      'A table is read from more than one CSV file (a file downloaded twice as `episodes (1).csv`): their rows make one table.',
  },
  'column.missing': {
    severity: 'error',
    description: 'A column the table needs is absent, so none of its rows can be read.',
  },
  'column.absent': { severity: 'warning', description: 'An optional column is absent; it reads as blank.' },
  'column.unknown': { severity: 'info', description: 'A column the table does not have; it is ignored.' },
  'file.workbook': {
    severity: 'error',
    description: 'The file is a spreadsheet workbook (.xlsx, .xls), not CSV text: none of it was read.',
  },
  'csv.delimiter': {
    severity: 'error',
    description:
      'The header row is separated by tabs or semicolons, not commas, so no column could be told apart and no row was read.',
  },
  'file.encoding': {
    severity: 'info',
    description:
      'The file is not UTF-8: it was read as UTF-16 (its first bytes say so) or as Windows-1252 (it is not valid UTF-8).',
  },
  'column.duplicate': {
    severity: 'warning',
    description:
      'A column is named twice in the header row; each row is read from whichever copy holds a value (value.conflict when they differ).',
  },
  'value.conflict': {
    severity: 'error',
    description:
      'A record gives one column twice with different values (a repeated CSV column, or a repeated XML tag), so it is rejected.',
  },
  'row.malformed': {
    severity: 'error',
    description: 'The row has a different number of fields from the header, or broken quoting.',
  },
  'value.missing': { severity: 'error', description: 'A value the table requires is blank.' },
  'date.invalid': { severity: 'error', description: 'Not a date in DD/MM/YYYY or YYYY-MM-DD form.' },
  'date.month-first': {
    severity: 'warning',
    description:
      'Some dates of a CSV file are valid only as MM/DD/YYYY and none has a day above 12: the file looks saved in US date order, so its other dates may have the day and month swapped.',
  },
  'code.invalid': {
    severity: 'error',
    description: 'Not a valid code for the column in the collection year.',
  },
  'sex.invalid': { severity: 'error', description: 'SEX is not 1/2 (to 2023-24) or M/F/U (from 2024-25).' },
  'flag.invalid': { severity: 'error', description: 'A yes/no column holds something other than 0 or 1.' },
  'integer.invalid': {
    severity: 'error',
    description: 'A number column holds something other than a whole number.',
  },
  'upn.malformed': { severity: 'warning', description: 'UPN is neither 13 characters nor a UN1–UN5 code.' },
  'upn.check-letter': {
    severity: 'warning',
    description: "The UPN's first letter is not the check letter of the rest (DfE UPN guidance).",
  },
  'year.unconfirmed': {
    severity: 'warning',
    description:
      "The collection year's code lists could not be confirmed, so the nearest confirmed year's lists are used.",
  },
  'year.not-found': {
    severity: 'warning',
    description:
      'Reading several years: no collection year in the file name, its folders or its XML, so the file is left out.',
  },
  'year.inferred': {
    severity: 'info',
    description:
      'Reading several years: a bare year (2024) was read as the collection year starting or ending then that holds the latest date.',
  },
  'year.unsupported': {
    severity: 'error',
    description: 'The collection year is outside the supported range; codes are checked against every year.',
  },
  'postcode.malformed': {
    severity: 'warning',
    description: 'A postcode is not a UK postcode, sector or district; it is left out of the record.',
  },
  'episode.ends-before-start': { severity: 'error', description: 'DEC is before DECOM.' },
  'episode.overlap': {
    severity: 'error',
    description:
      "The episode starts on the same day as the child's previous episode, so the overlap cannot be resolved.",
  },
  'episode.truncated': {
    severity: 'warning',
    description:
      "The episode starts before the child's previous episode ends; the previous one is cut short at this DECOM (REC X1) and both are kept.",
  },
  'episode.after-year': {
    severity: 'warning',
    description:
      "Episodes of a return read for one collection year start or end after that year's 31 March: the file may be a later year's return. Said once, with how many.",
  },
  'episode.no-header': { severity: 'error', description: 'The episode is for a child with no Header row.' },
  'child.leading-zeros': {
    severity: 'warning',
    description:
      'Episodes with no Header row whose CHILD matches a Header CHILD once leading zeros are ignored: a spreadsheet may have dropped them.',
  },
  'child.duplicate': { severity: 'error', description: 'A second Header row for the same CHILD.' },
  'uasc.no-header': { severity: 'error', description: 'The UASC row is for a child with no Header row.' },
  'uasc.duplicate': { severity: 'error', description: 'A second UASC row for the same CHILD.' },
  'urn.missing': {
    severity: 'warning',
    description: 'URN is blank but the placement type needs one (DfE rule 218); the episode is kept.',
  },
  'xml.malformed': {
    severity: 'error',
    description: 'The XML could not be parsed, or holds no CHILD elements.',
  },
  'xml.header-repeated': {
    severity: 'error',
    description:
      'A second HEADER in one CHILD: it is rejected as a Header row, and each record inside it is rejected in its table.',
  },
  'xml.tag-repeated': {
    severity: 'warning',
    description: 'A record gives one tag twice with the same value; it is read once and the record kept.',
  },
  'xml.tag-unknown': {
    severity: 'info',
    description:
      'A value tag the reader does not read where it sits (a misspelt PL_POST, say); it is ignored, with one issue per tag name in the file.',
  },
  'xml.wrapper': {
    severity: 'info',
    description:
      "Records sit inside an element the reader does not know (such as EPISODES); they are read as their CHILD's.",
  },
  'xml.child-depth': {
    severity: 'warning',
    description: 'CHILD elements sit at more than one depth in the document; all of them are read.',
  },
  'placement.unlocated': {
    severity: 'info',
    description: 'A placement postcode could not be located, so its distance and authority are not known.',
  },
} as const satisfies Record<string, { severity: IssueSeverity; description: string }>;

/** One of {@link SSDA903_ISSUE_CODES}' keys. */
export type Ssda903IssueCode = keyof typeof SSDA903_ISSUE_CODES;
