import { createSectorLocator } from '@placewise/geo';
import type { PostcodeLocator } from '@placewise/model';
import { generateAuthority, type SyntheticAuthority } from '@placewise/synthetic';

/** The same seed and size as `placewise demo`, so the terminal summary and the pages agree. */
export const DEMO_SEED = 1;
/** How many children the demo authority has. */
export const DEMO_CHILDREN = 600;

let authority: SyntheticAuthority | undefined;
let locator: PostcodeLocator | undefined;

/** The demo's synthetic authority, generated in this browser from a fixed seed (once, then reused). */
export function demoAuthority(): SyntheticAuthority {
  authority ??= generateAuthority({ seed: DEMO_SEED, children: DEMO_CHILDREN });
  return authority;
}

/** The embedded postcode-sector locator (distances at sector precision). */
export function demoLocator(): PostcodeLocator {
  locator ??= createSectorLocator();
  return locator;
}

/**
 * The demo's "today": four weeks after the synthetic history ends, when its vacancies are free. The
 * synthetic referrals are history, so the demo asks for them again as if needed on this date.
 */
export function demoToday(): string {
  const date = new Date(`${demoAuthority().period.end}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 28);
  return date.toISOString().slice(0, 10);
}
