// Assembles src/internal/kernels.wat into src/internal/kernels-wasm.ts (the module's bytes in base64), so the
// package ships WebAssembly without a build step that needs more than Node. Run after editing the .wat:
//   pnpm --filter @placewise/forecast kernels
// A test assembles the .wat again and fails if the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assembleKernels } from './assemble-kernels.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const wat = readFileSync(here('../src/internal/kernels.wat'), 'utf8');
const bytes = await assembleKernels(wat);
const base64 = Buffer.from(bytes).toString('base64');
const lines = base64.match(/.{1,100}/g) ?? [];
const source = `// Written by scripts/write-kernels.mjs from kernels.wat: do not edit by hand.

/** The WebAssembly module assembled from \`kernels.wat\` (${bytes.length} bytes), in base64. */
export const KERNELS_WASM =
${lines.map((line, i) => `  '${line}'${i + 1 < lines.length ? ' +' : ';'}`).join('\n')}
`;
writeFileSync(here('../src/internal/kernels-wasm.ts'), source);
console.log(`kernels-wasm.ts: ${bytes.length} bytes`);
