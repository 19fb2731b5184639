/**
 * `pnpm fuzz`: the reader properties of `test/reader-properties.ts` on many more inputs, from a random seed
 * (or `FC_SEED=<n>`; `pnpm fuzz` at the root passes its own). Prints how many inputs were read, how many threw (must be 0) and how many broke
 * rows = accepted + rejected (must be 0); any counterexample is printed to be added as a fixed regression
 * case in `test/reader-properties.test.ts`. `FUZZ_RUNS` sets the number of inputs (default 12,000).
 */
import fc from 'fast-check';
import { checkRead, readerInput } from '../test/reader-properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 12_000);
const given = process.env.FC_SEED;
const seed =
  given === undefined || given === 'random' ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(given);
const inputs = fc.sample(readerInput, { numRuns: runs, seed });
let csv = 0;
let xml = 0;
let threw = 0;
let unbalanced = 0;
const failures: { input: unknown; problem: string }[] = [];
const started = performance.now();
for (const input of inputs) {
  if (input.name.endsWith('.xml')) xml++;
  else csv++;
  const problem = checkRead(input);
  if (problem === undefined) continue;
  if (problem.startsWith('threw')) threw++;
  else unbalanced++;
  if (failures.length < 5) {
    const content = typeof input.content === 'string' ? input.content : Array.from(input.content);
    failures.push({ input: { name: input.name, content }, problem });
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz seed ${seed}: ${inputs.length} inputs (${csv} CSV, ${xml} XML) in ${seconds} s`);
console.log(`throws: ${threw}`);
console.log(`rows = accepted + rejected broken: ${unbalanced} (checked on every table of every input)`);
for (const failure of failures)
  console.log(`counterexample (${failure.problem}): ${JSON.stringify(failure.input).slice(0, 2000)}`);
process.exitCode = threw + unbalanced === 0 ? 0 : 1;
