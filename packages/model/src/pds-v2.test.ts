import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exported } from '../test/pds-referral.js';
import { PDS_V2_FIELDS } from './pds-v2-fields.js';
import { PDS_V2_LABELS } from './pds-v2-labels.js';
import type { Placement } from './placement.js';
import { readPdsReferral } from './read-pds-referral.js';
import { writePdsPlacement, writePdsReferral } from './write-pds.js';

// The standard's own field list (MIT, © 2025 Data Standards for Social Care; see test/data/NOTICE.md).
const csv = readFileSync(
  join(import.meta.dirname, '..', 'test', 'data', 'placements-data-standard-v2-fields.csv'),
  'utf8',
);
const rows = csv
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [entity, field, type, cardinality, options] = line.split(',');
    return {
      entity: entity as string,
      field: field as string,
      type: type as string,
      cardinality: cardinality as string,
      options: options ? options.split(' | ') : [],
    };
  });

type Exported = typeof exported;
const withField = (entity: string, field: string, value: unknown): Exported => ({
  ...exported,
  [entity]: { ...(exported[entity as keyof Exported] as object), [field]: value },
});

describe('the Placements Data Standard v2, as the standard writes it', () => {
  it('has all 41 fields of its six entities in the CSV, and every one is mapped or says why not', () => {
    expect(rows).toHaveLength(41);
    const ours = Object.entries(PDS_V2_FIELDS).flatMap(([e, fields]) =>
      Object.keys(fields).map((f) => `${e}.${f}`),
    );
    expect(ours.sort()).toEqual(rows.map((r) => `${r.entity}.${r.field}`).sort());
    for (const row of rows) {
      const mapping = PDS_V2_FIELDS[row.entity]?.[row.field];
      expect(mapping && ('model' in mapping ? mapping.model : mapping.notMappable)).toMatch(/\w{3,}/);
    }
  });

  it.each(rows.filter((r) => r.type === 'Categorical').map((r) => [`${r.entity}.${r.field}`, r] as const))(
    'maps every option of %s exactly as written, and no other',
    (_, { entity, field, options }) => {
      const mapping = PDS_V2_FIELDS[entity]?.[field];
      const key = mapping && 'labels' in mapping ? mapping.labels : undefined;
      expect(key).toBeDefined();
      expect(Object.keys(PDS_V2_LABELS[key as keyof typeof PDS_V2_LABELS]).sort()).toEqual(
        [...options].sort(),
      );
    },
  );

  const referralRows = rows.filter(
    (r) => r.type === 'Categorical' && !['ActualPlacement', 'QualityAssurance'].includes(r.entity),
  );
  it.each(
    referralRows.flatMap((r) =>
      r.options.map((option) => [`${r.entity}.${r.field} "${option}"`, { ...r, option }] as const),
    ),
  )('reads %s and writes the same label back', (_, { entity, field, cardinality, option }) => {
    const value = cardinality === '1..*' ? [option] : option;
    const read = readPdsReferral(withField(entity, field, value));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.value).toBeDefined();
    const written = writePdsReferral(read.value as NonNullable<typeof read.value>, {
      referralDate: '2025-01-06',
    });
    const back = (written.value as unknown as Record<string, Record<string, unknown>>)[entity]?.[field];
    expect(back).toEqual(value);
  });

  it('reads a council’s export into a Referral, with the date needed counted from the referral date', () => {
    const { value, issues } = readPdsReferral(exported);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      id: 'PDS-40213-2025-01-06',
      childId: '40213',
      neededBy: '2025-01-10', // "in less than 5 days": 6 January + 4
      urgency: 'within-5-days',
      nation: 'england',
      siblingCount: 1,
      home: { postcode: 'LS6 1AA' },
      preferredLocation: { postcode: 'LS8 2' },
      communicationNeeds: 'yes',
      communicationRequirements: ['BSL', 'Makaton'],
      culturalNeeds: 'required',
      livingCompanions: 'only-younger',
      pets: 'must',
      additionalSupport: ['therapeutic'],
      suitability: { foster: 'preferred', residential: 'suitable', supportedAccommodation: 'unsuitable' },
      risks: ['sexual-exploitation', 'going-missing', 'fire-setting'],
    });
  });

  it('makes an unknown label a located issue that lists the standard’s labels', () => {
    // The en dash is how the domain notes write it; the standard writes a hyphen.
    const { value, issues } = readPdsReferral(withField('PlacementRequirements', 'pets', 'Yes – must'), {
      location: { file: 'referral.json' },
    });
    expect(value).toBeUndefined();
    expect(issues).toEqual([
      {
        code: 'schema.invalid_value',
        severity: 'error',
        message: "unknown label; the standard's labels are Yes - must | Yes - can | No | Not Known",
        location: { file: 'referral.json', path: ['PlacementRequirements', 'pets'] },
      },
    ]);
    const lower = readPdsReferral(withField('PlacementAvailability', 'neededBy', 'today'));
    expect(lower.issues.map((i) => i.location.path)).toEqual([['PlacementAvailability', 'neededBy']]);
  });

  it('rejects a misspelt field with a suggestion, and reads any other-risk text as the other risk without keeping it', () => {
    const typo = { ...exported, Risks: { ...exported.Risks, riskSelfharm: 'No known risk' } };
    expect(readPdsReferral(typo).issues.map((i) => i.message)).toContain(
      'unknown field riskSelfharm; did you mean riskSelfHarm?',
    );
    const other = readPdsReferral(withField('Risks', 'riskToOthersOther', 'threatens staff'));
    expect(other.value?.risks).toContain('other');
    expect(JSON.stringify(other.value)).not.toContain('threatens');
  });

  const placement: Placement = {
    id: 'C1-2025-01-10',
    childId: 'C1',
    start: '2025-01-10',
    placementType: 'K2',
    category: 'childrens-home',
    urn: 'SC123456',
    placementPostcode: 'LS8 2BB',
    episodeCount: 1,
  };
  const qualityAssurance = {
    referralDate: '2025-01-06',
    placementOfficerName: 'P Officer',
    placementDate: '2025-01-10',
    costDate: '2025-01-10',
  };

  it('writes a placement as ActualPlacement and QualityAssurance, in pounds and by postcode sector', () => {
    const { value, issues } = writePdsPlacement({
      placement,
      weeklyCost: 612_345,
      preferableLocation: true,
      educationContinuity: false,
      siblingsPlacedTogether: 1,
      qualityAssurance,
    });
    expect(issues).toEqual([]);
    expect(value).toEqual({
      ActualPlacement: {
        totalWeeklyCost: 6123,
        placementLocation: 'LS8 2',
        preferabilityLocation: true,
        educationContinuity: false,
        providerURN: 'SC123456',
        siblingsPlacedTogether: 1,
        placementType: 'Residential',
      },
      QualityAssurance: qualityAssurance,
    });
  });

  it.each([
    ['fostering-agency', 'Foster'],
    ['supported-accommodation', 'Supported Accommodation'],
    ['secure-childrens-home', 'Residential'],
  ] as const)('writes category %s as placementType "%s"', (category, label) => {
    const input = {
      placement: { ...placement, category },
      weeklyCost: 1,
      preferableLocation: true,
      educationContinuity: true,
      siblingsPlacedTogether: 0,
      qualityAssurance,
    };
    expect(writePdsPlacement(input).value?.ActualPlacement.placementType).toBe(label);
  });

  it('says when a placement has no PDS type, and never writes a full postcode', () => {
    const input = {
      placement: { ...placement, category: 'placed-with-parents' as const },
      weeklyCost: 1,
      preferableLocation: true,
      educationContinuity: true,
      siblingsPlacedTogether: 0,
      qualityAssurance,
    };
    const { value, issues } = writePdsPlacement(input);
    expect(value).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(['pds.placement-type-not-mappable']);
  });
});
