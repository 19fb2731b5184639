import { describe, expect, it } from 'vitest';
import { createFlowTotals, createPacker, sumFlowPair, sumFlows } from './sum-flows.js';

// Two states (n = 2): slots 0–1 exposure, 2–5 transitions from·2 + to, 6–7 leaves, 8–9 entries.
function packThree() {
  const packer = createPacker(2);
  packer.add(0, 30); // child 0: 30 days in state 0, then to state 1 for 12 days, then leaves
  packer.add(3, 1);
  packer.add(1, 12);
  packer.add(7, 1);
  packer.endChild();
  packer.endChild(); // a child with nothing in the window: left out
  packer.add(8, 1); // child 1: enters state 0 and stays 100 days
  packer.add(0, 100);
  packer.endChild();
  packer.add(1, 5); // child 2: 5 days in state 1, recorded in two parts
  packer.add(1, 2);
  packer.endChild();
  return packer.finish();
}

describe('sumFlows and sumFlowPair', () => {
  it('count each child as often as it was picked, the pair giving each sample its own totals', () => {
    const packed = packThree();
    expect(packed.childCount).toBe(3);
    const once = sumFlows(packed);
    // By hand: exposure 30 + 100 and 12 + 7, one move 0→1, one leaving from 1, one entry to 0.
    expect([...once.flat]).toEqual([130, 19, 0, 1, 0, 0, 0, 1, 1, 0]);
    const picksA = new Uint32Array([2, 0, 1]);
    const picksB = new Uint32Array([0, 3, 0]);
    const a = createFlowTotals(2);
    const b = createFlowTotals(2);
    sumFlowPair(packed, picksA, picksB, a, b);
    expect([...a.flat]).toEqual([60, 31, 0, 2, 0, 0, 0, 2, 0, 0]);
    expect([...b.flat]).toEqual([300, 0, 0, 0, 0, 0, 0, 0, 3, 0]);
    expect([...a.flat]).toEqual([...sumFlows(packed, picksA).flat]);
    expect([...b.flat]).toEqual([...sumFlows(packed, picksB).flat]);
  });

  it('gives the pair the same totals as two single sums over many children and slots', () => {
    const packer = createPacker(3);
    for (let c = 0; c < 41; c++) {
      for (let s = c % 5; s < 18; s += 1 + (c % 4)) packer.add(s, 1 + ((c * 7 + s) % 13));
      packer.endChild();
    }
    const packed = packer.finish();
    const picks = (shift: number) =>
      Uint32Array.from({ length: packed.childCount }, (_, c) => (c * shift) % 4);
    const [a, b] = [createFlowTotals(3), createFlowTotals(3)];
    sumFlowPair(packed, picks(3), picks(5), a, b);
    expect([...a.flat]).toEqual([...sumFlows(packed, picks(3)).flat]);
    expect([...b.flat]).toEqual([...sumFlows(packed, picks(5)).flat]);
  });
});
