import * as z from 'zod';
import { withoutSiblingLinks } from '../internal/not-assessable.js';
import { findSiblingsApart } from '../internal/siblings-apart.js';
import { defineRule } from '../rule.js';

/**
 * ENG-11: looked-after siblings (from `siblingLinks`) living in different homes are flagged, for every stretch
 * of days both were placed apart. "Same home" is the same placement postcode, else the same setting, else the
 * same URN outside fostering. Links marked `placeApartAgreed` are skipped.
 *
 * @example
 * evaluateRules({ ...dataset, siblingLinks: [{ childId: 'C1', siblingId: 'C2' }] }, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng11] });
 */
export const eng11 = defineRule({
  id: 'ENG-11',
  title: 'Siblings placed apart',
  nations: ['england', 'wales'],
  severity: 'flag',
  legalBasis: {
    instrument: 'Children Act 1989; Social Services and Well-being (Wales) Act 2014',
    section: 's22C(8)(c); s81',
  },
  inForce: { from: '2011-04-01' },
  parameters: z.object({}),
  notAssessable: withoutSiblingLinks,
  evaluate: (dataset, { window, index }) =>
    findSiblingsApart(
      dataset,
      index,
      window,
      'Placed apart from a looked-after sibling (see relatedChildId), with no decision recorded that placing them together is not appropriate.',
    ),
});
