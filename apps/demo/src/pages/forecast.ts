import { notAvailableYet } from '../govuk/notification-banner.js';
import { pageHeading } from '../govuk/typography.js';
import type { Page } from '../page.js';

/** The Forecast page. */
export const forecastPage: Page = {
  id: 'forecast',
  title: 'Forecast',
  render(root) {
    root.append(pageHeading('Forecast', 'Synthetic authority'), notAvailableYet('@placewise/sufficiency', 'the demand forecast'));
  },
};
