import fc from 'fast-check';

/**
 * Property tests run with a fixed seed so CI never fails on a random draw; `FC_SEED=<n>` replays a seed and
 * `FC_SEED=random` draws one (as `pnpm fuzz` does). The seed in use is printed by fast-check on failure.
 */
const seed = process.env.FC_SEED;
fc.configureGlobal({
  seed:
    seed === undefined
      ? 1_129_2026
      : seed === 'random'
        ? Date.now() ^ (Math.random() * 2 ** 31)
        : Number(seed),
});
