import * as z from 'zod';
import { withoutSiblingLinks } from '../internal/not-assessable.js';
import { findSiblingsApart } from '../internal/siblings-apart.js';
import { defineRule } from '../rule.js';

/**
 * SCO-01: in Scotland, looked-after brothers and sisters (a parent in common, or a sibling-like relationship)
 * are to be placed with the same carer or establishment where appropriate, otherwise near each other.
 * Siblings in different homes are flagged unless `placeApartAgreed`.
 *
 * @example
 * evaluateRules({ ...dataset, siblingLinks }, { asOf: '2024-07-31' }, { nation: 'scotland', rules: [sco01] });
 */
export const sco01 = defineRule({
  id: 'SCO-01',
  title: 'Siblings not placed together (Scotland)',
  nations: ['scotland'],
  severity: 'flag',
  legalBasis: {
    instrument: 'Looked After Children (Scotland) Regulations 2009, inserted by SSI 2021/103',
    section: 'reg 5A',
  },
  inForce: { from: '2021-07-26' },
  parameters: z.object({}),
  notAssessable: withoutSiblingLinks,
  evaluate: (dataset, { window, index }) =>
    findSiblingsApart(
      dataset,
      index,
      window,
      'Living apart from a looked-after brother or sister (see relatedChildId), with no decision recorded that placing them together is not appropriate.',
    ),
});
