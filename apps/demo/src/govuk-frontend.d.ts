// govuk-frontend ships no type declarations; these are the parts the demo calls.
declare module 'govuk-frontend' {
  /** Initialises every GOV.UK Frontend component found in `scope` (the document by default). */
  export function initAll(config?: { scope?: Element }): void;
  /** The error summary component: focuses itself and makes its links focus their fields. */
  export class ErrorSummary {
    constructor(element: Element);
  }
}
