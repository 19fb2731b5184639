// Ofsted's and DfE's spellings of authority names that differ from ONS's, after normalising.
const ALIASES: Record<string, string> = {
  durham: 'county durham',
  herefordshire: 'herefordshire county of',
  'kingston upon hull': 'kingston upon hull city of',
  hull: 'kingston upon hull city of',
  bristol: 'bristol city of',
  'southend on sea': 'southend-on-sea',
  'st helens': 'st helens',
  'bournemouth christchurch and poole': 'bournemouth christchurch and poole',
  'telford and the wrekin': 'telford and wrekin',
  'isles of scilly': 'isles of scilly',
  'city of london': 'city of london',
};

/**
 * The key two spellings of one authority name share: lower case, `&` as `and`, no full stops, commas or
 * apostrophes, single spaces, and Ofsted's and DfE's usual variants mapped to ONS's.
 */
export function authorityNameKey(name: string): string {
  const key = name
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[.,']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ALIASES[key] ?? key;
}
