import { notAvailableYet } from '../govuk/notification-banner.js';
import { pageHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

/** The Sufficiency page. */
export const sufficiencyPage: Page = {
  id: 'sufficiency',
  title: 'Sufficiency',
  render(root) {
    root.append(pageHeading('Sufficiency', 'Synthetic authority'), notAvailableYet('@placewise/sufficiency', 'indicators, rule findings and the gap table'));
  },
};
