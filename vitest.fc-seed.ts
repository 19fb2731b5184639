import fc from 'fast-check';

/**
 * Property tests run with a fixed seed so CI never fails on a random draw; `FC_SEED=<n>` replays a seed and
 * `FC_SEED=random` draws one. `pnpm fuzz` (scripts/fuzz.mjs) draws one and passes it to every workspace's
 * tests. fast-check prints the seed in use on failure. Test files set no seed of their own (a file that wants
 * fewer runs spreads `fc.readConfigureGlobal()`), so one seed reaches every property.
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
