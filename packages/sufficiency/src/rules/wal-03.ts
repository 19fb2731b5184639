import * as z from 'zod';
import { isForProfit, RESTRICTED_SETTING_TYPES } from '../internal/for-profit.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

/**
 * WAL-03: from 1 April 2027 an existing for-profit provider in Wales may not expand (new beds, new foster
 * carers). A Welsh for-profit restricted setting whose `places` exceed its baseline (the `baselinePlaces`
 * parameter: setting id → places at 31 March 2027) is a breach.
 *
 * @example
 * evaluateRules({ ...dataset, settings }, { asOf: '2027-06-30' }, { nation: 'wales', rules: [wal03], parameters: { 'WAL-03': { baselinePlaces: { S1: 4 } } } });
 */
export const wal03 = defineRule({
  id: 'WAL-03',
  title: 'For-profit provider expanding (Wales)',
  nations: ['wales'],
  severity: 'breach',
  legalBasis: {
    instrument: 'Health and Social Care (Wales) Act 2025',
    section: 'Part 1 (restricted children’s services)',
  },
  inForce: { from: '2027-04-01' },
  parameters: z.object({ baselinePlaces: z.record(z.string(), z.number().int().nonnegative()).default({}) }),
  evaluate(dataset, { window, parameters }) {
    const findings: RuleFindingDraft[] = [];
    for (const setting of dataset.settings ?? []) {
      const baseline = parameters.baselinePlaces[setting.id];
      if (baseline === undefined || setting.places <= baseline) continue;
      if (
        setting.location.nation !== 'wales' ||
        !RESTRICTED_SETTING_TYPES.has(setting.type) ||
        !isForProfit(setting)
      )
        continue;
      findings.push({
        settingId: setting.id,
        from: window.start,
        to: window.end,
        reason: `A for-profit restricted service in Wales has ${setting.places} places, more than its baseline of ${baseline}.`,
      });
    }
    return findings;
  },
});
