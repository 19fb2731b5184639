// The worker thread of `placewise region report`: given the run's settings, reads and summarises the
// authorities it is sent, one at a time (reading from disk the files it was sent the paths of), with its
// own locator (and pseudonymiser, for --key-file), and posts each summary back. Built to
// dist/region-worker.js beside dist/bin.js; started by internal/region-pool.ts before the folders are
// listed, so that it loads meanwhile.
import { parentPort } from 'node:worker_threads';
import { createSectorLocator } from '@placewise/geo';
import type { TransformReturn } from '@placewise/region';
import { type ListedAuthority, loadAuthority } from './internal/listed-authority.js';
import { failureOf } from './internal/region-pool.js';
import { pseudonymiseWith, type SummariseSettings, summariseReturn } from './internal/summarise-return.js';

type Message =
  | { type: 'settings'; settings: SummariseSettings }
  | { type: 'task'; id: number; input: ListedAuthority };

const locator = createSectorLocator();
let run: Promise<{ settings: SummariseSettings; transform?: TransformReturn }> | undefined;

parentPort?.on('message', async (message: Message) => {
  if (message.type === 'settings') {
    const { settings } = message;
    run = settings.key
      ? pseudonymiseWith(settings.key).then((transform) => ({ settings, transform }))
      : Promise.resolve({ settings });
    return;
  }
  try {
    if (!run) throw new Error('The worker was sent an authority before the run’s settings.');
    const { settings, transform } = await run;
    const result = await summariseReturn(loadAuthority(message.input), settings, {
      locator,
      ...(transform ? { transform } : {}),
    });
    parentPort?.postMessage({ id: message.id, result });
  } catch (error) {
    // Sent back as plain data, so the command ends as it would have in one thread (same message, same exit).
    parentPort?.postMessage({ id: message.id, failure: failureOf(error) });
  }
});
