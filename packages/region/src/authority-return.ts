import type { CollectionYear, GssCode } from '@placewise/model';
import type { ReturnFile } from '@placewise/ssda903';

/**
 * One authority's SSDA903 return as files (CSV or XML, the way `readReturn` takes them), named by the
 * authority's GSS code. `earlier` holds earlier collection years' returns, merged in for periods of care
 * that began before the year and for the forecast's fitting window.
 *
 * @example
 * const input: AuthorityReturn = { gss: 'E08000035', files: [{ name: 'header.csv', content: headerCsv }] };
 */
export interface AuthorityReturn {
  gss: GssCode;
  files: readonly ReturnFile[];
  earlier?: readonly { collectionYear: CollectionYear; files: readonly ReturnFile[] }[];
}
