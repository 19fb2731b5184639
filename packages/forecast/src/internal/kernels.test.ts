import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assembleKernels } from '../../scripts/assemble-kernels.mjs';
import { createIntegrateWorkspace, integrate, type Rates, releaseIntegrateWorkspace } from './integrate.js';
import { KERNELS_WASM } from './kernels-wasm.js';

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

describe('the WebAssembly step loop', () => {
  it('is the module kernels.wat assembles to', async () => {
    const wat = readFileSync(new URL('./kernels.wat', import.meta.url), 'utf8');
    const bytes = await assembleKernels(wat);
    expect(Buffer.from(bytes).toString('base64')).toBe(KERNELS_WASM);
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
    const rates: Rates = {
      transitions: [
        [0, 0.01, 0],
        [0, 0, 0.002],
        [0, 0, 0],
      ],
      leaves: [0.001, 0.003, 0.004],
      entries: [0.5, 0, 0],
    };
    const initial = [10, 4, 0];
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
      const rates: Rates = {
        transitions: [
          [0, 0.004, 0.001],
          [0, 0, 0.003],
          [0, 0, 0],
        ],
        leaves: [0.002, 0.001, 0.005],
        entries: [0.7, 0.1, 0],
      };
      const initial = [40, 12, 3];
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
