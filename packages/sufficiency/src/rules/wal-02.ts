import * as z from 'zod';
import { isForProfit, RESTRICTED_SETTING_TYPES } from '../internal/for-profit.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * WAL-02: from 1 April 2026 a new registration in Wales for a children's home, fostering service or secure
 * accommodation must be a not-for-profit entity. A Welsh restricted setting registered on or after that date
 * and run for profit (its `forProfit` flag, else private ownership) is a breach.
 *
 * @example
 * evaluateRules({ ...dataset, settings }, { asOf: '2026-06-30' }, { nation: 'wales', rules: [wal02] });
 */
export const wal02 = defineRule({
  id: 'WAL-02',
  title: 'New for-profit registration of a restricted service (Wales)',
  nations: ['wales'],
  severity: 'breach',
  legalBasis: {
    instrument: 'Health and Social Care (Wales) Act 2025',
    section: 'Part 1 (restricted children’s services)',
  },
  inForce: { from: '2026-04-01' },
  parameters: z.object({}),
  evaluate(dataset, { window }) {
    const findings: RuleFindingDraft[] = [];
    for (const setting of dataset.settings ?? []) {
      const registered = setting.registeredOn;
      if (setting.location.nation !== 'wales' || !RESTRICTED_SETTING_TYPES.has(setting.type)) continue;
      if (!registered || registered < window.start || registered > window.end || !isForProfit(setting))
        continue;
      findings.push({
        settingId: setting.id,
        from: registered,
        reason:
          'Registered in Wales on or after 1 April 2026 as a restricted children’s service while run for profit.',
      });
    }
    return findings;
  },
});
