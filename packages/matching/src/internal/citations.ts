import type { Nation } from '@placewise/model';

/** What an explanation line cites, per placement quality. */
export interface Citations {
  readonly nearHome: string;
  readonly education: string;
  readonly siblings: string;
  readonly disability: string;
  readonly inArea: string;
  readonly order: string;
  readonly background: string;
  readonly wishes: string;
}

/**
 * The law each nation's referrals are explained under: a Welsh referral cites the Social Services and
 * Well-being (Wales) Act 2014, a Scottish one the Children (Scotland) Act 1995 and its regulations, never
 * England's Children Act 1989 as binding. [R] marks a section recalled, not re-verified.
 */
export const CITATIONS: Readonly<Record<Nation, Citations>> = {
  england: {
    nearHome: 'CA 1989 s22C(7)(b), (8)(a)',
    education: 'CA 1989 s22C(8)(b)',
    siblings: 'CA 1989 s22C(8)(c)',
    disability: 'CA 1989 s22C(8)(d)',
    inArea: 'CA 1989 s22C(9)',
    order: 'CA 1989 s22C(5)–(7)',
    background: 'CA 1989 s22(5)(c): religious persuasion, racial origin, cultural and linguistic background',
    wishes: 'CA 1989 s22(4)(a), (5)(a): the child’s wishes and feelings',
  },
  wales: {
    nearHome: 'SSWBA 2014 s81',
    education: 'SSWBA 2014 s81',
    siblings: 'SSWBA 2014 s81',
    disability: 'SSWBA 2014 s81',
    inArea: 'SSWBA 2014 s81; CPPCR (Wales) 2015 reg 12',
    order: 'SSWBA 2014 s81',
    background: 'SSWBA 2014 s6 and s78: the child’s characteristics, culture, beliefs and language [R]',
    wishes: 'SSWBA 2014 s6 and s78: the child’s views, wishes and feelings [R]',
  },
  scotland: {
    nearHome: 'Looked After Children (Scotland) Regs 2009 [R]',
    education: 'Looked After Children (Scotland) Regs 2009 [R]',
    siblings: 'Looked After Children (Scotland) Regs 2009 reg 5A',
    disability: 'Children (Scotland) Act 1995 s17 [R]',
    inArea: 'council placement policy (no statutory in-area rule recorded for Scotland)',
    order: 'Looked After Children (Scotland) Regs 2009 [R]',
    background:
      'Children (Scotland) Act 1995 s17(4)(c): religious persuasion, racial origin, cultural and linguistic background',
    wishes: 'Children (Scotland) Act 1995 s17(4)(a): the child’s views',
  },
  'northern-ireland': {
    nearHome: 'placement practice',
    education: 'placement practice',
    siblings: 'placement practice',
    disability: 'placement practice',
    inArea: 'placement practice',
    order: 'placement practice',
    background: 'Children (Northern Ireland) Order 1995 art 26 [R]',
    wishes: 'Children (Northern Ireland) Order 1995 art 26 [R]',
  },
};
