export { FAULT_KINDS, injectFaults } from './faults.js';
export { generateAuthority, UnknownAuthorityError } from './generate-authority.js';
export { createRandom } from './random.js';
export { returnForYear, writeSyntheticReturns } from './returns.js';

export type { FaultKind, FaultOptions, InjectedFault } from './faults.js';
export type { GenerateAuthorityOptions, SyntheticAuthority } from './generate-authority.js';
export type { Random } from './random.js';
export type { LocatedFault, SyntheticReturn, WriteSyntheticReturnsOptions } from './returns.js';
