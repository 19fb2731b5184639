// Regenerates schema/<Entity>.schema.json from the zod schemas: `pnpm --filter @placewise/model schemas`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_SCHEMAS, type EntityName } from '../src/entities.js';
import { entityJsonSchema } from '../src/internal/json-schema.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(outDir, { recursive: true });
for (const name of Object.keys(ENTITY_SCHEMAS) as EntityName[]) {
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(entityJsonSchema(name), null, 2)}\n`);
  process.stdout.write(`schema/${name}.schema.json\n`);
}
