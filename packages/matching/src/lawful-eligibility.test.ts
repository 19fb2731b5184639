import { describe, expect, it } from 'vitest';
import { locator, referral, vacancy } from '../test/fixtures.js';
import { matchReferral } from './match-referral.js';

// One fixture per bullet of "Lawful and safe eligibility" (issue 13). Each asserts what the old matcher got
// wrong: an unregistered home ranked first, unknown Ofsted above "requires improvement", locations to avoid
// ignored, "unsuitable" only scored, England's law applied to every nation, no background or wishes lines.
const match = (r = referral(), vs = [vacancy('V1')], options = {}) =>
  matchReferral(r, vs, { locator, explain: 'all', ...options });
const entry = (result: ReturnType<typeof match>, id: string) =>
  result.results.find((x) => x.vacancyId === id);
const line = (result: ReturnType<typeof match>, id: string, criterion: string) =>
  entry(result, id)?.explanation.find((e) => e.criterion === criterion);

describe('unregistered children’s homes', () => {
  it('no longer lets an unregistered home outrank a registered one for a 13-year-old', () => {
    // The unregistered home is nearer (LS6 1, the child's own sector); the registered one is in Bradford.
    const unregistered = vacancy('NEAR', { registration: 'unregistered', location: { postcode: 'LS6 1' } });
    const registered = vacancy('FAR', { location: { postcode: 'BD1 1' } });
    const result = match(referral(), [unregistered, registered]);
    expect(result.results[0]).toMatchObject({ vacancyId: 'FAR', eligible: true, rank: 1 });
    const near = entry(result, 'NEAR');
    expect(near?.eligible).toBe(false);
    expect(near?.failures.map((f) => f.code)).toEqual(['unregistered-home']);
    expect(near?.failures[0]?.reason).toMatch(/not registered/);
    expect(near?.failures[0]?.basis).toMatch(/Care Standards Act 2000 s11/);
  });

  it.each(['unregistered', 'cancelled', 'resigned', 'unknown', 'applied'] as const)(
    'holds a children’s home and a secure children’s home whose registration is %s ineligible for every child',
    (registration) => {
      const home = vacancy('H', { registration });
      const secure = vacancy('S', {
        registration,
        type: 'secure-childrens-home',
        category: 'secure-childrens-home',
      });
      for (const r of [
        referral(),
        referral({ secureOrder: true, nation: 'wales', responsibleAuthority: 'W06000015' }),
      ]) {
        const result = match(r, [home, secure]);
        expect(result.eligibleCount).toBe(0);
        for (const x of result.results) expect(x.failures.map((f) => f.code)).toContain('unregistered-home');
      }
    },
  );

  // A setting of type `unregistered` was barred only through England's regs 27A/27C, so a Welsh or Scottish
  // child (or an English one before 2021) could be placed there. Each nation's fixture: a 15-year-old, the
  // setting otherwise fit (right ages, sex, date, place free), and the bar cited from that nation's own law.
  const unregisteredSetting = vacancy('U', {
    type: 'unregistered',
    category: 'other',
    registration: 'unregistered',
    ofsted: undefined,
  });
  it.each([
    ['england', {}, /Care Standards Act 2000 s11/, /Wales|Scotland/],
    [
      'wales',
      { nation: 'wales', responsibleAuthority: 'W06000015', home: { postcode: 'CF10 1' } },
      /Social Care \(Wales\) Act 2016/,
      /Care Standards Act|England|Scotland/,
    ],
    [
      'scotland',
      { nation: 'scotland', responsibleAuthority: 'S12000036' },
      /Public Services Reform \(Scotland\) Act 2010/,
      /Care Standards Act|England|Wales/,
    ],
  ] as const)(
    'bars a setting of type “unregistered” for a child from %s, citing that nation’s law',
    (_, nation, law, other) => {
      for (const r of [
        referral({ ...nation, dateOfBirth: '2009-11-01' }),
        // Before England's reg 27A came into force: the registration bar alone still holds.
        referral({ ...nation, dateOfBirth: '2006-02-01', neededBy: '2021-01-04' }),
      ]) {
        const registeredToo = vacancy('R', { ...unregisteredSetting.setting, registration: 'registered' });
        const result = match(r, [unregisteredSetting, registeredToo]);
        expect(result.eligibleCount).toBe(0);
        for (const x of result.results) {
          const failure = x.failures.find((f) => f.code === 'unregistered-home');
          expect(failure?.reason).toMatch(/recorded as unregistered/);
          expect(failure?.basis).toMatch(law);
          expect(failure?.basis).not.toMatch(other);
        }
      }
    },
  );
});

describe('unknown Ofsted judgement', () => {
  it('never scores above a known “requires improvement”, and says how it was scored', () => {
    const unknown = vacancy('UNKNOWN', { ofsted: undefined });
    const fresh = vacancy('RI-FRESH', { ofsted: { judgement: 'requires-improvement', date: '2024-06-01' } });
    const old = vacancy('RI-OLD', { ofsted: { judgement: 'requires-improvement', date: '2019-01-01' } });
    for (const unknownScore of [0.5, 0.9, 0.2]) {
      const result = match(referral(), [unknown, fresh, old], { policy: { unknownScore } });
      const value = (id: string) => line(result, id, 'ofsted')?.normalised as number;
      expect(value('UNKNOWN')).toBeLessThanOrEqual(value('RI-FRESH'));
      expect(value('UNKNOWN')).toBeLessThanOrEqual(value('RI-OLD'));
      expect(entry(result, 'UNKNOWN')?.score).toBeLessThanOrEqual(entry(result, 'RI-FRESH')?.score as number);
    }
    expect(line(match(referral(), [unknown]), 'UNKNOWN', 'ofsted')?.reason).toMatch(
      /No Ofsted judgement is recorded: scored 0\.4, never above a fresh “requires improvement”/,
    );
  });
});

describe('locations to avoid', () => {
  // LS8 2 → LS6 1 is 2.8 miles by the DfE method ((4,105² + 2,017²)^½ m); LS8 2 → BD1 1 is 10.4 miles
  // ((16,295² + 3,953²)^½ m).
  const avoid = { postcode: 'LS8 2', label: 'known exploitation area' };
  const inside = vacancy('INSIDE', { location: { postcode: 'LS6 1' } });
  const outside = vacancy('OUTSIDE', { location: { postcode: 'BD1 1' } });

  it('makes a vacancy within 5 miles ineligible and names the location by its label, never its postcode', () => {
    const result = match(referral({ locationsToAvoid: [avoid] }), [inside, outside]);
    const failure = entry(result, 'INSIDE')?.failures.find((f) => f.code === 'location-to-avoid');
    expect(failure?.reason).toBe(
      'Within 5 miles of “known exploitation area”, a location the child must be kept away from.',
    );
    expect(JSON.stringify(entry(result, 'INSIDE')?.failures)).not.toMatch(/LS8|LS6/);
    expect(entry(result, 'OUTSIDE')?.eligible).toBe(true);
  });

  it('takes a radius from the location, or from the policy, in place of the default', () => {
    expect(
      entry(match(referral({ locationsToAvoid: [{ ...avoid, radiusMiles: 2 }] }), [inside]), 'INSIDE')
        ?.eligible,
    ).toBe(true);
    expect(
      entry(match(referral({ locationsToAvoid: [{ ...avoid, radiusMiles: 11 }] }), [outside]), 'OUTSIDE')
        ?.eligible,
    ).toBe(false);
    const wide = match(referral({ locationsToAvoid: [avoid] }), [outside], {
      policy: { avoidRadiusMiles: 11 },
    });
    expect(entry(wide, 'OUTSIDE')?.failures.map((f) => f.code)).toEqual(['location-to-avoid']);
  });

  it('holds every vacancy ineligible when a location to avoid cannot be located, with an error issue', () => {
    const result = match(referral({ locationsToAvoid: [{ postcode: 'ZZ9 9', label: 'an address' }] }), [
      outside,
    ]);
    expect(result.eligibleCount).toBe(0);
    expect(result.issues.map((i) => [i.code, i.severity, i.location.path])).toContainEqual([
      'matching.location-to-avoid-not-located',
      'error',
      ['locationsToAvoid', 0, 'postcode'],
    ]);
  });
});

describe('additional support', () => {
  it('is a soft criterion: scored by the share provided, with an explanation line, never a filter', () => {
    const r = referral({ additionalSupport: ['therapeutic', 'school-transport'] });
    const both = vacancy('BOTH', { additionalSupport: ['therapeutic', 'school-transport', 'supervision'] });
    const half = vacancy('HALF', { additionalSupport: ['therapeutic'] });
    const none = vacancy('NONE', { additionalSupport: ['supervision'] });
    const silent = vacancy('SILENT');
    const result = match(r, [none, half, both, silent]);
    expect(result.eligibleCount).toBe(4);
    expect(result.results.map((x) => x.vacancyId)).toEqual(['BOTH', 'HALF', 'SILENT', 'NONE']);
    expect(line(result, 'HALF', 'additional-support')).toMatchObject({
      normalised: 0.5,
      rawLabel: '50% provided',
    });
    expect(line(result, 'SILENT', 'additional-support')?.rawLabel).toBe('support not recorded');
  });
});

describe('PlacementRecommendation “unsuitable”', () => {
  const home = vacancy('HOME');
  const foster = vacancy('FOSTER', {
    type: 'foster-household',
    category: 'fostering-agency',
    ofsted: undefined,
  });

  it('excludes that placement type with a reason', () => {
    const r = referral({
      suitability: {
        foster: 'preferred',
        residential: 'unsuitable',
        supportedAccommodation: 'not-specified',
      },
    });
    const result = match(r, [home, foster]);
    expect(entry(result, 'HOME')?.failures.map((f) => f.code)).toEqual(['placement-type-unsuitable']);
    expect(entry(result, 'FOSTER')?.eligible).toBe(true);
  });

  it('keeps “suitable” and “not specified” eligible and scored as before', () => {
    for (const residential of ['suitable', 'not-specified'] as const) {
      const r = referral({
        suitability: { foster: 'not-specified', residential, supportedAccommodation: 'not-specified' },
      });
      expect(entry(match(r, [home]), 'HOME')?.eligible).toBe(true);
    }
  });
});

describe('each nation’s law for each referral', () => {
  const wales = { nation: 'wales', responsibleAuthority: 'W06000015' } as const;
  const scotland = { nation: 'scotland', responsibleAuthority: 'S12000036' } as const;
  const sa = vacancy('SA', {
    type: 'supported-accommodation',
    category: 'supported-accommodation',
    ageRange: { min: 14, max: 17 },
  });

  it('applies England’s reg 27A to English referrals only', () => {
    const english = entry(match(referral({ dateOfBirth: '2009-06-01' }), [sa]), 'SA');
    expect(english?.failures.map((f) => f.code)).toEqual(['unlawful-setting-for-age']);
    for (const nation of [wales, scotland]) {
      const other = entry(match(referral({ dateOfBirth: '2009-06-01', ...nation }), [sa]), 'SA');
      expect(other?.failures.map((f) => f.code)).not.toContain('unlawful-setting-for-age');
    }
  });

  it('makes the Welsh removal of profit a needs-approval finding, for restricted services only, from the date in force', () => {
    const r = referral({ ...wales, neededBy: '2030-05-01', dateOfBirth: '2017-09-01' });
    const home = vacancy('HOME', { ofsted: { judgement: 'good', date: '2030-01-01' } });
    const hospital = vacancy('NHS', {
      type: 'health-setting',
      category: 'other',
      ownership: 'private',
      ofsted: undefined,
    });
    const school = vacancy('SCHOOL', {
      type: 'residential-school',
      category: 'residential-school',
      ofsted: undefined,
    });
    const result = match(r, [home, hospital, school]);
    expect(result.eligibleCount).toBe(3);
    expect(entry(result, 'HOME')?.findings.map((f) => f.code)).toEqual(['welsh-ministers-approval']);
    expect(entry(result, 'NHS')?.findings).toEqual([]);
    expect(entry(result, 'SCHOOL')?.findings).toEqual([]);
    const before = match(referral({ ...wales, neededBy: '2030-03-31', dateOfBirth: '2017-09-01' }), [home]);
    expect(entry(before, 'HOME')?.findings).toEqual([]);
    const english = match(referral({ neededBy: '2030-05-01', dateOfBirth: '2017-09-01' }), [home]);
    expect(entry(english, 'HOME')?.findings).toEqual([]);
  });

  it('gives Scottish referrals Scotland’s rules: no young offender institution for under-18s from 28 August 2024', () => {
    const yoi = vacancy(
      'YOI',
      { type: 'youth-justice', category: 'other', registration: 'excepted', ofsted: undefined },
      { availableFrom: '2024-08-01' },
    );
    expect(entry(match(referral({ ...scotland }), [yoi]), 'YOI')?.failures.map((f) => f.code)).toEqual([
      'youth-offender-institution',
    ]);
    const before = match(referral({ ...scotland, neededBy: '2024-08-27', dateOfBirth: '2008-01-01' }), [yoi]);
    expect(entry(before, 'YOI')?.eligible).toBe(true);
    expect(entry(match(referral(), [yoi]), 'YOI')?.failures.map((f) => f.code)).not.toContain(
      'youth-offender-institution',
    );
  });

  it('never cites another nation’s law in a Welsh or Scottish referral’s reasons and bases', () => {
    const everything = [
      vacancy('A', { registration: 'cancelled' }),
      vacancy('B', { type: 'secure-childrens-home', category: 'secure-childrens-home' }),
      vacancy('C', {
        type: 'foster-household',
        category: 'fostering-agency',
        fosteredChildren: 3,
        ofsted: undefined,
      }),
      vacancy('D', { location: { postcode: 'M1 1' } }, { placesFree: 1 }),
    ];
    const extras = {
      siblingCount: 1,
      closeToFamily: true,
      school: { postcode: 'LS1 4', mustContinue: true },
      homeAdaptation: true,
      faith: 'Sikh',
      culturalNeeds: 'required',
      wishes: { placementGroup: 'foster' },
    } as const;
    const text = (nation: object) =>
      JSON.stringify(match(referral({ ...nation, ...extras }), everything).results);
    const welsh = text(wales);
    expect(welsh).not.toMatch(/s22C|CA 1989 s22|CPPCR \(England\)|Children \(Scotland\)|Scotland\) Reg/);
    expect(welsh).toMatch(/SSWBA 2014 s81/);
    const scottish = text(scotland);
    expect(scottish).not.toMatch(/s22C|CA 1989|Children Act 1989|SSWBA|England\)/);
    expect(scottish).toMatch(/reg 5A/);
    expect(text({})).toMatch(/CA 1989 s22C\(8\)\(c\)/);
  });
});

describe('ethnicity, cultural and religious background, language and wishes (s22(4)–(5))', () => {
  const r = referral({
    ethnicity: 'BCRB',
    faith: 'Muslim',
    culturalNeeds: 'required',
    language: 'Somali',
    wishes: { placementGroup: 'foster' },
  });
  const matching = vacancy('MATCH', {
    type: 'foster-household',
    category: 'fostering-agency',
    ofsted: undefined,
    ethnicities: ['BCRB'],
    faiths: ['muslim'],
    languages: ['somali'],
  });
  const other = vacancy('OTHER', { ethnicities: ['WBRI'], faiths: ['Christian'], languages: ['English'] });

  it('are soft factors: a setting matching none of them stays eligible, just lower', () => {
    const result = match(r, [other, matching]);
    expect(result.eligibleCount).toBe(2);
    expect(result.results.map((x) => x.vacancyId)).toEqual(['MATCH', 'OTHER']);
  });

  it('each have an explanation line citing s22(4)–(5)', () => {
    const result = match(r, [other, matching]);
    expect(line(result, 'MATCH', 'ethnicity')).toMatchObject({ normalised: 1, rawLabel: 'same background' });
    expect(line(result, 'OTHER', 'ethnicity')).toMatchObject({
      normalised: 0,
      rawLabel: 'different background',
    });
    expect(line(result, 'OTHER', 'ethnicity')?.reason).toMatch(/never a filter.*s22\(5\)\(c\)/);
    expect(line(result, 'OTHER', 'faith')?.reason).toMatch(/s22\(5\)\(c\)/);
    expect(line(result, 'OTHER', 'communication')?.reason).toMatch(/s22\(5\)\(c\)/);
    expect(line(result, 'MATCH', 'wishes')).toMatchObject({
      normalised: 1,
      rawLabel: 'what the child wants',
    });
    expect(line(result, 'OTHER', 'wishes')?.reason).toMatch(/s22\(4\)\(a\), \(5\)\(a\)/);
  });

  it('scores a shared broad ethnic group (same first letter of the ETHNIC code) half', () => {
    const near = vacancy('NEAR', { ethnicities: ['BAFR'] });
    expect(line(match(r, [near]), 'NEAR', 'ethnicity')?.normalised).toBe(0.5);
  });
});
