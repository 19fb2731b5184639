// Regenerates schema/scenario.schema.json from the zod schema: `pnpm --filter @placewise/forecast schema`.
import { writeFileSync } from 'node:fs';
import * as z from 'zod';
import { ScenarioFile } from '../src/scenario.js';

const { $schema, ...rest } = z.toJSONSchema(ScenarioFile, { io: 'input' });
const schema = { $schema, title: 'Placewise forecast scenarios', ...rest };
writeFileSync(
  new URL('../schema/scenario.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
process.stdout.write('schema/scenario.schema.json\n');
