import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assembleKernels } from '../../scripts/assemble-kernels.mjs';
import { createIntegrateWorkspace, integrate, type Rates, releaseIntegrateWorkspace } from './integrate.js';
import { acquireKernels, type KernelMemory, releaseKernels } from './kernels.js';
import { KERNELS_WASM } from './kernels-wasm.js';
import { createPicker } from './random.js';
import {
  createFlowTotals,
  createPacker,
  placedFlowsBytes,
  placeFlows,
  slotCount,
  sumFlowPair,
  sumFlows,
} from './sum-flows.js';

/** Each value's 64 bits, so that equal means the same number to the last bit (and +0 is not −0). */
const bits = (values: Float64Array) => Array.from(new BigUint64Array(Float64Array.from(values).buffer));

/**
 * Rates of n states, a share of them exactly zero, and some states nobody starts in, enters or can move
 * to (not live: the loop then works on fewer rows than the result has).
 */
const ratesOf = (n: number) =>
  fc
    .record({
      unreachable: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      transitions: fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.02, noNaN: true })), {
          minLength: n,
          maxLength: n,
        }),
        { minLength: n, maxLength: n },
      ),
      leaves: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.01, noNaN: true })), {
        minLength: n,
        maxLength: n,
      }),
      entries: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3, noNaN: true })), {
        minLength: n,
        maxLength: n,
      }),
      initial: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 200, noNaN: true })), {
        minLength: n,
        maxLength: n,
      }),
    })
    .map(({ unreachable, transitions, leaves, entries, initial }) => {
      const open = (j: number) => !unreachable[j];
      return {
        transitions: transitions.map((row) => row.map((rate, j) => (open(j) ? rate : 0))),
        leaves,
        entries: entries.map((rate, j) => (open(j) ? rate : 0)),
        initial: initial.map((count, j) => (open(j) ? count : 0)),
      };
    });

const projection = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    models: fc.array(ratesOf(n), { minLength: 1, maxLength: 3 }),
    steps: fc.integer({ min: 0, max: 60 }),
    stepDays: fc.integer({ min: 1, max: 31 }),
  }),
);

/** Some children's flows on n states, each child a list of slots and whole amounts (days or counts). */
const flowsOf = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    children: fc.array(
      fc.array(fc.tuple(fc.nat({ max: slotCount(n) - 1 }), fc.integer({ min: 1, max: 4000 })), {
        maxLength: 12,
      }),
      { minLength: 1, maxLength: 60 },
    ),
  }),
);

const packFlows = (n: number, children: [number, number][][]) => {
  const packer = createPacker(n);
  for (const child of children) {
    for (const [slot, amount] of child) packer.add(slot, amount);
    packer.endChild();
  }
  return packer.finish();
};

/** A kernels' memory of at least `bytes` bytes, with views of it handed out one after another from byte 64. */
function carve(bytes: number) {
  const memory = acquireKernels(bytes + 64) as KernelMemory;
  let at = 64;
  const take = (length: number, size: 4 | 8) => {
    const start = at;
    at += 8 * Math.ceil((size * length) / 8);
    return start;
  };
  return { memory, take };
}

describe('the WebAssembly picker and flow sums', () => {
  it("pick what createPicker's JavaScript picks, call after call, over any seed and count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 4 }),
        (seed, items, draws) => {
          const { memory, take } = carve(4 * items);
          const inKernel = new Uint32Array(memory.buffer, take(items, 4), items);
          inKernel.fill(7); // left over from before: the kernel zeroes it as the picker does
          const viaKernel = createPicker(seed, memory);
          const viaScript = createPicker(seed);
          const plain = new Uint32Array(items);
          for (const count of draws) {
            viaKernel(inKernel, count);
            viaScript(plain, count);
            expect([...inKernel]).toEqual([...plain]);
          }
          // A view of other memory is counted in JavaScript, from where the kernel left the generator.
          viaKernel(plain, 100);
          viaScript(inKernel, 100);
          expect([...plain]).toEqual([...inKernel]);
          releaseKernels(memory);
        },
      ),
    );
  });

  it('sum the same bits as the JavaScript sums, one sample or two at a time, over flows placed once', () => {
    fc.assert(
      fc.property(
        flowsOf,
        fc.array(fc.array(fc.nat({ max: 6 }), { minLength: 60, maxLength: 60 }), {
          minLength: 2,
          maxLength: 5,
        }),
        ({ n, children }, picks) => {
          const packed = packFlows(n, children);
          const count = packed.childCount;
          const slots = slotCount(n);
          const { memory, take } = carve(placedFlowsBytes(packed) + 8 * (2 * slots + count) + 64);
          const placed = placeFlows(packed, memory, take(placedFlowsBytes(packed), 8));
          const totals = createFlowTotals(n, memory.buffer, take(slots, 8));
          const totalsNext = createFlowTotals(n, memory.buffer, take(slots, 8));
          const times = new Uint32Array(memory.buffer, take(count, 4), count);
          const timesNext = new Uint32Array(memory.buffer, take(count, 4), count);
          for (let s = 0; s + 1 < picks.length; s++) {
            times.set((picks[s] as number[]).slice(0, count));
            timesNext.set((picks[s + 1] as number[]).slice(0, count));
            const plainTimes = times.slice();
            const plainNext = timesNext.slice();
            sumFlowPair(packed, times, timesNext, totals, totalsNext, placed);
            const [a, b] = [createFlowTotals(n), createFlowTotals(n)];
            sumFlowPair(packed, plainTimes, plainNext, a, b);
            expect(bits(totals.flat)).toEqual(bits(a.flat));
            expect(bits(totalsNext.flat)).toEqual(bits(b.flat));
            sumFlows(packed, timesNext, totals, placed);
            expect(bits(totals.flat)).toEqual(bits(sumFlows(packed, plainNext).flat));
          }
          releaseKernels(memory);
        },
      ),
    );
  });
});

/** Three states in a chain (0 → 1 → 2), entering at the first two: a model small enough to read. */
const chain: { rates: Rates; initial: number[] } = {
  rates: {
    transitions: [
      [0, 0.004, 0.001],
      [0, 0, 0.003],
      [0, 0, 0],
    ],
    leaves: [0.002, 0.001, 0.005],
    entries: [0.7, 0.1, 0],
  },
  initial: [40, 12, 3],
};

describe('the WebAssembly step loop', () => {
  it('is the module kernels.wat assembles to', async () => {
    const wat = readFileSync(new URL('./kernels.wat', import.meta.url), 'utf8');
    const bytes = await assembleKernels(wat);
    expect(Buffer.from(bytes).toString('base64')).toBe(KERNELS_WASM);
    // Small enough for a browser to compile synchronously on its main thread (Chrome's limit has been 4 KB).
    expect(bytes.length).toBeLessThan(4096);
  });

  it('runs here (so the comparison below compares two ways, not one with itself)', () => {
    const workspace = createIntegrateWorkspace(4, 10);
    expect(workspace.kernel?.result.length).toBe(11 * 4);
    expect(createIntegrateWorkspace(4, 10, false).kernel).toBeUndefined();
    expect(createIntegrateWorkspace(4).kernel).toBeUndefined();
  });

  it('projects the same bits as the JavaScript loop, one workspace reused for projection after projection, its memory reused after', () => {
    fc.assert(
      fc.property(projection, ({ n, models, steps, stepDays }) => {
        const workspace = createIntegrateWorkspace(n, steps);
        const into = workspace.kernel?.result as Float64Array;
        for (const { initial, ...rates } of models) {
          const viaKernel = bits(integrate(rates as Rates, initial, steps, stepDays, into, workspace));
          const plain = createIntegrateWorkspace(n, steps, false);
          const viaScript = bits(integrate(rates as Rates, initial, steps, stepDays, undefined, plain));
          expect(viaKernel).toEqual(viaScript);
        }
        // Given back with what this projection left in it: the next (of any size) reuses it unzeroed.
        releaseIntegrateWorkspace(workspace);
      }),
    );
  });

  it('leaves a projection longer than the workspace was made for, or into another array, to the JavaScript loop', () => {
    const { rates, initial } = chain;
    const expected = bits(
      integrate(rates, initial, 30, 7, undefined, createIntegrateWorkspace(3, 30, false)),
    );
    const small = createIntegrateWorkspace(3, 12);
    expect(bits(integrate(rates, initial, 30, 7, undefined, small))).toEqual(expected);
    expect(bits(integrate(rates, initial, 30, 7, new Float64Array(31 * 3), small))).toEqual(expected);
    const large = createIntegrateWorkspace(3, 30);
    expect(bits(integrate(rates, initial, 30, 7, large.kernel?.result, large))).toEqual(expected);
  });

  describe('where WebAssembly cannot run', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('(none at all, or a policy that refuses to compile it) projects the same bits in JavaScript', async () => {
      const { rates, initial } = chain;
      const expected = bits(
        integrate(rates, initial, 52, 7, undefined, createIntegrateWorkspace(3, 52, false)),
      );
      for (const refusal of [
        undefined,
        {
          Module: class {
            constructor() {
              throw new Error('Refused to compile or instantiate WebAssembly module (wasm-eval)');
            }
          },
        },
      ]) {
        vi.resetModules();
        vi.stubGlobal('WebAssembly', refusal);
        const fresh = await import('./integrate.js');
        const workspace = fresh.createIntegrateWorkspace(3, 52);
        expect(workspace.kernel).toBeUndefined();
        expect(bits(fresh.integrate(rates, initial, 52, 7, undefined, workspace))).toEqual(expected);
      }
    });
  });
});
