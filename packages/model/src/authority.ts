import * as z from 'zod';
import { strictObject } from './internal/strict-object.js';

/**
 * The four UK nations, as the duty's rules differ between them.
 *
 * @example
 * Nation.parse('wales');
 */
export const Nation = z.enum(['england', 'wales', 'scotland', 'northern-ireland']);
/** @see {@link Nation} */
export type Nation = z.infer<typeof Nation>;

/**
 * An ONS GSS code: a letter for the nation and eight digits (`E08000035` is Leeds).
 *
 * @example
 * GssCode.parse('E08000035');
 */
export const GssCode = z.string().regex(/^[EWSN]\d{8}$/, 'A GSS code is a nation letter and eight digits.');
/** @see {@link GssCode} */
export type GssCode = z.infer<typeof GssCode>;

/**
 * A local authority responsible for looked-after children (upper tier in England).
 *
 * @example
 * const leeds: LocalAuthority = { code: 'E08000035', name: 'Leeds', nation: 'england', region: 'Yorkshire and The Humber' };
 */
export const LocalAuthority = strictObject({
  code: GssCode,
  name: z.string().min(1),
  nation: Nation,
  region: z.string().optional(),
});
/** @see {@link LocalAuthority} */
export type LocalAuthority = z.infer<typeof LocalAuthority>;
