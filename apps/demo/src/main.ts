import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './demo.css';
import { initAll } from 'govuk-frontend';
import { costsPage } from './pages/costs.js';
import { findPlacementPage } from './pages/find-placement.js';
import { forecastPage } from './pages/forecast.js';
import { marketPage } from './pages/market.js';
import { ownDataPage } from './pages/own-data.js';
import { regionPage } from './pages/region.js';
import { sufficiencyPage } from './pages/sufficiency.js';
import { startRouter } from './router.js';

// What GOV.UK's template does with an inline script, done here because the CSP allows no inline script.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

const root = document.getElementById('page');
if (root)
  startRouter(
    [sufficiencyPage, forecastPage, findPlacementPage, costsPage, marketPage, regionPage, ownDataPage],
    root,
  );
