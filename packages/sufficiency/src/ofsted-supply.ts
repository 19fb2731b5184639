import type { GssCode } from '@placewise/model';
import { OFSTED_SUPPLY_2023 } from './internal/data/ofsted-supply.js';

/** Providers and registered places of one kind. */
export interface ProviderCount {
  providers: number;
  places: number;
}

/** Ofsted-registered children's social care providers in one authority at 31 March 2023. */
export interface OfstedSupply {
  authority: GssCode;
  asAt: '2023-03-31';
  childrensHomes: ProviderCount;
  secureChildrensHomes: ProviderCount;
  fosteringAgencies: ProviderCount;
  residentialSchools: ProviderCount;
  residentialFamilyCentres: ProviderCount;
  holidaySchemes: ProviderCount;
  source: string;
}

const KINDS = [
  'childrensHomes',
  'secureChildrensHomes',
  'fosteringAgencies',
  'residentialSchools',
  'residentialFamilyCentres',
  'holidaySchemes',
] as const;

/**
 * Ofsted's count of registered providers (and places) located in an English upper-tier authority at 31 March
 * 2023, from Ofsted's provider-level official statistics (residential special schools registered as
 * children's homes count as children's homes; fostering agencies' places are not published, so 0). Real
 * supply for the gap table; `undefined` outside England.
 *
 * @example
 * ofstedSupplyOf('E08000035')?.childrensHomes.providers;
 */
export function ofstedSupplyOf(authority: GssCode): OfstedSupply | undefined {
  const entry = OFSTED_SUPPLY_2023[authority];
  if (!entry) return undefined;
  const counts = Object.fromEntries(
    KINDS.map((k) => {
      const [providers, places] = entry[k] ?? [0, 0];
      return [k, { providers, places }];
    }),
  ) as Record<(typeof KINDS)[number], ProviderCount>;
  return {
    authority,
    asAt: '2023-03-31',
    ...counts,
    source:
      "Ofsted, Children's social care data in England 2023 (provider level). Contains public sector information licensed under the Open Government Licence v3.0.",
  };
}
