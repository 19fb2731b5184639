import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tsup.shared';

// Two entries: the analysis (small) and the embedded Ofsted and DfE data (large), so a browser bundle
// that brings its own provider file never carries the snapshot.
export default defineConfig(libraryConfig({ entry: ['src/index.ts', 'src/data.ts'] }));
