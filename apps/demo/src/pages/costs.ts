import { notAvailableYet } from '../govuk/notification-banner.js';
import { pageHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

/** The Costs page. */
export const costsPage: Page = {
  id: 'costs',
  title: 'Costs',
  render(root) {
    root.append(pageHeading('Costs', 'Synthetic authority'), notAvailableYet('@placewise/costs', 'cost benchmarks'));
  },
};
