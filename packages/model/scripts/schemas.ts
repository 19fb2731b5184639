// Regenerates schema/<Name>.schema.json from the zod schemas: `pnpm --filter @placewise/model schemas`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_SCHEMAS, type EntityName, RESULT_SCHEMAS, type ResultName } from '../src/entities.js';
import { entityJsonSchema, resultJsonSchema } from '../src/internal/json-schema.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(outDir, { recursive: true });
const write = (name: string, schema: Record<string, unknown>) => {
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`schema/${name}.schema.json\n`);
};
for (const name of Object.keys(ENTITY_SCHEMAS) as EntityName[]) write(name, entityJsonSchema(name));
for (const name of Object.keys(RESULT_SCHEMAS) as ResultName[]) write(name, resultJsonSchema(name));
