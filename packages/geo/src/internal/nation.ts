import type { Nation } from '@placewise/model';

const NATIONS: Record<string, Nation> = { E: 'england', W: 'wales', S: 'scotland', N: 'northern-ireland' };

/** The nation a GSS code belongs to, from its first letter. */
export function nationOfCode(code: string): Nation | undefined {
  return NATIONS[code.charAt(0)];
}
