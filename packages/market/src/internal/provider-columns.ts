/** The provider-list columns the reader uses, each with the header spellings Ofsted has used. */
export const PROVIDER_COLUMNS = {
  urn: ['urn'],
  provisionType: ['provisiontype', 'typeofprovision'],
  authority: ['localauthority', 'localauthorityname', 'la'],
  region: ['governmentofficeregion', 'gor', 'region', 'governmentregion'],
  sector: ['sector'],
  places: ['places', 'numberofplaces', 'maximumnumberofplaces', 'registeredplaces'],
  owner: ['organisationwhichownstheprovider', 'owner', 'ownername', 'organisationname', 'providerowner'],
  judgement: [
    'overallexperiencesandprogressofchildrenandyoungpeople',
    'overallexperiencesandprogress',
    'overalleffectiveness',
    'overalljudgement',
  ],
  registeredOn: ['registrationdate'],
  inspectedOn: ['latestfullinspectiondate', 'fullinspectiondate'],
  shortBreakOnly: ['shortbreakonlychildrenshome', 'shortbreakonly'],
  status: ['registrationstatus', 'status'],
} as const;

/** The columns without which a row cannot be counted. */
export const REQUIRED_PROVIDER_COLUMNS = ['urn', 'provisionType', 'authority', 'sector', 'places'] as const;

/** A header reduced to letters and digits, lower case: `Provision type` and `PROVISION_TYPE` meet. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Which field index holds each column, by the first header spelling found. */
export function locateColumns(
  headers: readonly string[],
): Partial<Record<keyof typeof PROVIDER_COLUMNS, number>> {
  const keys = headers.map(headerKey);
  const found: Partial<Record<keyof typeof PROVIDER_COLUMNS, number>> = {};
  for (const [name, spellings] of Object.entries(PROVIDER_COLUMNS)) {
    const index = keys.findIndex((k) => (spellings as readonly string[]).includes(k));
    if (index >= 0) found[name as keyof typeof PROVIDER_COLUMNS] = index;
  }
  return found;
}

/** A header that names a column already found further left, so the reader ignores it. */
export interface RepeatedProviderColumn {
  column: keyof typeof PROVIDER_COLUMNS;
  /** 0-based index of the column read. */
  read: number;
  /** 0-based index of the copy ignored. */
  ignored: number;
}

/** Every header after the first that names a column the reader uses (in any of its spellings). */
export function repeatedColumns(
  headers: readonly string[],
  found: Partial<Record<keyof typeof PROVIDER_COLUMNS, number>>,
): RepeatedProviderColumn[] {
  const keys = headers.map(headerKey);
  const repeated: RepeatedProviderColumn[] = [];
  for (const [name, spellings] of Object.entries(PROVIDER_COLUMNS)) {
    const column = name as keyof typeof PROVIDER_COLUMNS;
    const read = found[column];
    if (read === undefined) continue;
    keys.forEach((key, ignored) => {
      if (ignored !== read && (spellings as readonly string[]).includes(key))
        repeated.push({ column, read, ignored });
    });
  }
  return repeated.sort((a, b) => a.ignored - b.ignored);
}
