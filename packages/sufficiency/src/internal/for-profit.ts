import type { Setting } from '@placewise/model';

/** "Restricted children's services" under the Health and Social Care (Wales) Act 2025. */
export const RESTRICTED_SETTING_TYPES: ReadonlySet<string> = new Set([
  'childrens-home',
  'secure-childrens-home',
  'foster-household',
]);

/** Whether a setting is run for profit: its own flag, else private ownership. */
export function isForProfit(setting: Setting): boolean {
  return setting.forProfit ?? setting.ownership === 'private';
}
