import { packageTestConfig } from '../vitest.shared';

export default packageTestConfig(['test/**/*.test.ts']);
