import * as z from 'zod';
import { forEachIn } from '../internal/for-each-in.js';
import { isForProfit } from '../internal/for-profit.js';
import { hasApproval } from '../internal/has-approval.js';
import { withoutApprovals } from '../internal/not-assessable.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

const RESTRICTED = new Set(['childrens-home', 'secure-childrens-home', 'fostering-agency']);
const NON_LA_PROVIDERS = new Set(['PR4', 'PR5']);

/**
 * WAL-04: by 1 April 2030 a Welsh authority may place a child with a for-profit provider (in Wales or England),
 * or with any provider in England other than a local authority, only with the Welsh Ministers' approval.
 * Children's home, secure and agency-fostering placements with such a provider (the setting's `forProfit`, else
 * PLACE_PROVIDER PR4; PR4/PR5 in England) and no approval recorded are reported.
 *
 * @example
 * evaluateRules({ ...dataset, approvals }, { asOf: '2030-06-30' }, { nation: 'wales', rules: [wal04] });
 */
export const wal04 = defineRule({
  id: 'WAL-04',
  title: 'Placement with a for-profit or English non-LA provider without Welsh Ministers’ approval',
  nations: ['wales'],
  severity: 'needs-approval',
  legalBasis: {
    instrument: 'Health and Social Care (Wales) Act 2025',
    section: 'Part 1 (restricted children’s services)',
    unconfirmed:
      'The Act sets these duties "by" 1 April 2030; the commencement date is taken as that day [S].',
  },
  inForce: { from: '2030-04-01' },
  parameters: z.object({}),
  notAssessable: (dataset) => withoutApprovals(dataset, "Welsh Ministers' approvals"),
  evaluate(dataset, { window, index }) {
    const findings: RuleFindingDraft[] = [];
    forEachIn(
      dataset.placements,
      window,
      (placement, overlap) => {
        if (!RESTRICTED.has(placement.category)) return;
        const setting =
          (placement.settingId ? index.settingsById.get(placement.settingId) : undefined) ??
          (placement.urn ? index.settingsByUrn.get(placement.urn) : undefined);
        const forProfit = setting ? isForProfit(setting) : placement.placementProvider === 'PR4';
        const inEngland =
          setting?.location.nation === 'england' || placement.placementAuthority?.startsWith('E') === true;
        const englishNonLa = inEngland && NON_LA_PROVIDERS.has(placement.placementProvider ?? '');
        if (!forProfit && !englishNonLa) return;
        if (hasApproval(index, placement, ['welsh-ministers'])) return;
        findings.push({
          childId: placement.childId,
          placementId: placement.id,
          ...(setting ? { settingId: setting.id } : {}),
          from: overlap.start,
          to: overlap.end,
          reason: forProfit
            ? 'Placed with a for-profit provider with no Welsh Ministers’ approval recorded.'
            : 'Placed with a provider in England that is not a local authority, with no Welsh Ministers’ approval recorded.',
        });
      },
      (p) => RESTRICTED.has(p.category),
    );
    return findings;
  },
});
