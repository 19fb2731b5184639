export { findLocalAuthority, LOCAL_AUTHORITIES, upperTierAuthorityOf } from './authorities.js';
export type {
  BuildOnspdIndexOptions,
  OnspdIndexBuild,
  OnspdIndexBuilder,
  OnspdIndexSummary,
} from './onspd-builder.js';
export { buildOnspdIndex, createOnspdIndexBuilder } from './onspd-builder.js';
export type { LoadOnspdIndexOptions, OnspdLocator } from './onspd-locator.js';
export { loadOnspdIndex } from './onspd-locator.js';
export { createSectorLocator } from './sector-locator.js';
export type { ListSectorsOptions, PostcodeSector } from './sectors.js';
export { listSectors } from './sectors.js';
