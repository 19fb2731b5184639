import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './demo.css';
import { createAll, ServiceNavigation, SkipLink } from 'govuk-frontend';
import { lazyPage } from './lazy-page.js';
import { startRouter } from './router.js';

// What GOV.UK's template does with an inline script, done here because the CSP allows no inline script.
// Only the components in the page shell are started here (pages start their own), so the rest of
// GOV.UK Frontend's JavaScript stays out of the bundle.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
createAll(SkipLink);
createAll(ServiceNavigation);

// Each page's code is fetched when the page is first shown, so the first page does not wait for the others.
const pages = [
  lazyPage('sufficiency', 'Sufficiency', () => import('./pages/sufficiency.js')),
  lazyPage('forecast', 'Forecast', () => import('./pages/forecast.js')),
  lazyPage('find-a-placement', 'Find a placement', () => import('./pages/find-placement.js')),
  lazyPage('costs', 'Costs', () => import('./pages/costs.js')),
  lazyPage('market', 'Market', () => import('./pages/market.js')),
  lazyPage('region', 'Region', () => import('./pages/region.js')),
  lazyPage('your-own-data', 'Your own data', () => import('./pages/own-data.js')),
];

const root = document.getElementById('page');
if (root) startRouter(pages, root);
