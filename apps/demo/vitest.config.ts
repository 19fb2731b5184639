import { packageTestConfig } from '../../vitest.shared';

// Unit tests only; the browser tests (e2e/*.e2e.ts) have their own config.
export default packageTestConfig(['src/**/*.test.ts', 'test/**/*.test.ts']);
