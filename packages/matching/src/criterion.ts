import { Criterion } from '@placewise/model';

export { Criterion };
