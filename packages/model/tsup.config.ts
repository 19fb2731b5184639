import { defineConfig } from 'tsup';
import { moduleLibraryConfig } from '../../tsup.shared';

export default defineConfig((cli) => moduleLibraryConfig(cli));
