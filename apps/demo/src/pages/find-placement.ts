import { notAvailableYet } from '../govuk/notification-banner.js';
import { pageHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

/** The Find a placement page. */
export const findPlacementPage: Page = {
  id: 'find-a-placement',
  title: 'Find a placement',
  render(root) {
    root.append(pageHeading('Find a placement', 'Synthetic authority'), notAvailableYet('@placewise/matching', 'matching'));
  },
};
