// The worker thread of `placewise region report`: reads and summarises the authorities it is sent, one at a
// time, with its own locator (and pseudonymiser, for --key-file), and posts each summary back. Built to
// dist/region-worker.js beside dist/bin.js; started by internal/region-pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { createSectorLocator } from '@placewise/geo';
import type { AuthorityReturn } from '@placewise/region';
import { pseudonymiseWith, type SummariseSettings, summariseReturn } from './internal/summarise-return.js';

const settings = workerData as SummariseSettings;
const locator = createSectorLocator();
const transform = settings.key ? await pseudonymiseWith(settings.key) : undefined;

parentPort?.on('message', async (task: { id: number; input: AuthorityReturn }) => {
  try {
    const result = await summariseReturn(task.input, settings, {
      locator,
      ...(transform ? { transform } : {}),
    });
    parentPort?.postMessage({ id: task.id, result });
  } catch (error) {
    // Sent back as plain data, so the command ends as it would have in one thread (same message, same exit).
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    parentPort?.postMessage({ id: task.id, failure: { name, message } });
  }
});
