/** The dashboard of the results branch: the history of each suite as one HTML page. */
export { renderDashboard, DASHBOARD_PATH } from './page.js';
export {
  suiteData,
  encodeSeries,
  decodeSeries,
  type DashboardData,
  type SuiteData,
  type Series,
} from './history.js';
export { summarize, type RunSummary, type Point } from './summary.js';
