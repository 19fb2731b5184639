import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Referrals and vacancies written by hand the way a supplier's system sends them (synthetic children).

/** A registered children's home taking girls and boys of 8 to 17, at `postcode`. */
export const setting = (id: string, postcode: string, extra: object = {}) => ({
  id,
  type: 'childrens-home',
  category: 'childrens-home',
  registration: 'registered',
  places: 4,
  ageRange: { min: 8, max: 17 },
  sexes: ['male', 'female'],
  ownership: 'private',
  ofsted: { judgement: 'good', date: '2024-06-01' },
  location: { postcode },
  ...extra,
});

/** Three vacancies: one in Sheffield, one near Leeds 6, one in Leeds for boys only. */
export const vacancies = [
  { id: 'FAR', placesFree: 1, availableFrom: '2025-01-01', setting: setting('S1', 'S1 2AA') },
  { id: 'NEAR', placesFree: 2, availableFrom: '2025-01-01', setting: setting('S2', 'LS8 2AB') },
  {
    id: 'BOYS',
    placesFree: 1,
    availableFrom: '2025-01-01',
    setting: setting('S3', 'LS1 4AP', { sexes: ['male'] }),
  },
];

/** A Leeds girl of 13 needed within 5 days, living in LS6 1. */
export const referral = (id: string, extra: object = {}) => ({
  id,
  childId: `C-${id}`,
  dateOfBirth: '2011-09-01',
  sex: 'female',
  neededBy: '2025-01-10',
  urgency: 'within-5-days',
  responsibleAuthority: 'E08000035',
  home: { postcode: 'LS6 1' },
  ...extra,
});

/** Writes each value as `<name>.json` in a new temporary folder and returns the paths by name. */
export async function files(data: Record<string, unknown>): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'placewise-match-'));
  const paths: Record<string, string> = {};
  for (const [name, value] of Object.entries(data)) {
    paths[name] = join(dir, `${name}.json`);
    await writeFile(paths[name] as string, JSON.stringify(value));
  }
  return paths;
}
