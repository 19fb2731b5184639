import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../test/arbitraries.js';
import { readTable } from './read-table.js';
import { readTableStream, streamTable } from './stream-table.js';
import { writeTable } from './write-table.js';

/** Splits bytes at the given cut points (sorted, deduplicated). */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.slice(from, point));
    from = point;
  }
  return chunks;
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('streamTable', () => {
  it('gives the same records, counts and issues whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordOf('Episodes'), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        async (records, cuts, bom) => {
          const text = writeTable('Episodes', records);
          const bytes = new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
          const whole = readTable(bytes, { table: 'Episodes' });
          const streamed = await readTableStream(iterate(split(bytes, cuts)), { table: 'Episodes' });
          expect(streamed).toEqual(whole);
          expect(streamed.value).toEqual(records);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads Windows-1252 bytes split anywhere', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nC1,01/01/2010,P2,Ynys M'),
      0xf4,
      ...new TextEncoder().encode('n,\r\n'),
    ]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const result = await readTableStream(iterate([bytes.slice(0, cut), bytes.slice(cut)]), {
        table: 'PrevPerm',
      });
      expect(result.value[0]?.authority).toBe('Ynys Môn');
    }
  });

  it('keeps multi-byte UTF-8 characters split across chunks', async () => {
    const bytes = new TextEncoder().encode(
      'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nC1,01/01/2010,P2,Ynys Môn,\n',
    );
    for (let cut = 0; cut <= bytes.length; cut++) {
      const result = await readTableStream(iterate([bytes.slice(0, cut), bytes.slice(cut)]), {
        table: 'PrevPerm',
      });
      expect(result.value[0]?.authority).toBe('Ynys Môn');
    }
  });

  it('reads a web ReadableStream and yields batches as chunks arrive', async () => {
    const lines = [
      'CHILD,DOB,MISSING,MIS_START,MIS_END\n',
      'C1,01/01/2010,M,01/05/2024,\n',
      'C2,01/01/2011,A,02/05/2024,03/05/2024\n',
    ];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const line of lines) controller.enqueue(new TextEncoder().encode(line));
        controller.close();
      },
    });
    const batches = [];
    for await (const batch of streamTable(stream, { table: 'Missing' })) batches.push(batch);
    expect(batches.map((b) => b.records.length)).toEqual([0, 1, 1, 0]);
    expect(batches.at(-1)?.summary).toEqual({ table: 'Missing', rows: 2, accepted: 2, rejected: 0 });
  });
});
