import { BenchmarkDimension } from './benchmark.js';

const ALIASES: Readonly<Record<string, BenchmarkDimension>> = {
  provider: 'providerType',
  'provider-type': 'providerType',
  age: 'ageBand',
  'age-band': 'ageBand',
  staffing: 'staffingRatio',
  'staffing-ratio': 'staffingRatio',
  area: 'inArea',
  'in-area': 'inArea',
  locality: 'inArea',
};

/**
 * The {@link BenchmarkDimension} a person means by `name`: the dimension itself, or the words people type
 * for it (`provider`, `age`, `staffing`, `area`, `locality`, kebab-case forms), ignoring case; else undefined.
 *
 * @example
 * toBenchmarkDimension('Provider'); // 'providerType'
 */
export function toBenchmarkDimension(name: string): BenchmarkDimension | undefined {
  const trimmed = name.trim();
  const candidate = ALIASES[trimmed.toLowerCase()] ?? trimmed;
  const parsed = BenchmarkDimension.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
