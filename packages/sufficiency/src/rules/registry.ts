import type { Rule } from '../rule.js';
import { eng01 } from './eng-01.js';
import { eng02 } from './eng-02.js';
import { eng03 } from './eng-03.js';
import { eng04 } from './eng-04.js';
import { eng05 } from './eng-05.js';
import { eng06 } from './eng-06.js';
import { eng10 } from './eng-10.js';
import { eng11 } from './eng-11.js';
import { eng13 } from './eng-13.js';
import { eng15 } from './eng-15.js';
import { eng16 } from './eng-16.js';
import { eng17 } from './eng-17.js';
import { eng18 } from './eng-18.js';
import { eng19 } from './eng-19.js';
import { sco01 } from './sco-01.js';
import { sco02 } from './sco-02.js';
import { wal01 } from './wal-01.js';
import { wal02 } from './wal-02.js';
import { wal03 } from './wal-03.js';
import { wal04 } from './wal-04.js';

/**
 * Every built-in rule, in id order. Rules in the domain brief's table that need data the model does not hold
 * (ENG-07/08/09 notifications and plans, ENG-12 hierarchy, ENG-14, ENG-20, WAL-05) are not implemented.
 *
 * @example
 * RULES.map((r) => `${r.id} ${r.title}`);
 */
export const RULES: readonly Rule[] = [
  eng01,
  eng02,
  eng03,
  eng04,
  eng05,
  eng06,
  eng10,
  eng11,
  eng13,
  eng15,
  eng16,
  eng17,
  eng18,
  eng19,
  wal01,
  wal02,
  wal03,
  wal04,
  sco01,
  sco02,
] as Rule[];
