export type { FaultKind, FaultOptions, InjectedFault } from './faults.js';
export { FAULT_KINDS, injectFaults } from './faults.js';
export type { GenerateAuthorityOptions, SyntheticAuthority } from './generate-authority.js';
export { generateAuthority, UnknownAuthorityError } from './generate-authority.js';
export type { GenerateNationalOptions } from './national.js';
export { generateNational } from './national.js';
export type { Random } from './random.js';
export { createRandom } from './random.js';
export type { GenerateRegionOptions } from './region.js';
export { generateRegion, regionAuthorities } from './region.js';
export type {
  LocatedFault,
  SyntheticAuthorityReturnOptions,
  SyntheticReturn,
  WriteSyntheticReturnsOptions,
} from './returns.js';
export { returnForYear, syntheticAuthorityReturn, writeSyntheticReturns } from './returns.js';
