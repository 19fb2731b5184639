import { describe, expect, it } from 'vitest';
import { pathKindOf } from './check-options.js';

describe('pathKindOf', () => {
  it('reads the placeholders the commands use', () => {
    const kinds = [
      pathKindOf('referral', 'file', false),
      pathKindOf('html', 'file', false),
      pathKindOf('out', 'dir', false),
      pathKindOf('out', 'index', false),
      pathKindOf('903-dir', '903-dir', true),
      pathKindOf('out', 'out', true),
      pathKindOf('onspd.csv', 'onspd.csv', true),
      pathKindOf('entity', 'entity', true),
      pathKindOf('year', 'year', false),
    ];
    expect(kinds).toEqual([
      'input-file',
      'output-file',
      'output-dir',
      'output-file',
      'input-any',
      'output-dir',
      'input-file',
      undefined,
      undefined,
    ]);
  });
});
