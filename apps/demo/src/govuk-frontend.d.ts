// govuk-frontend ships no type declarations; these are the parts the demo calls.
declare module 'govuk-frontend' {
  /** Initialises every GOV.UK Frontend component found in `scope` (the document by default). */
  export function initAll(config?: { scope?: Element }): void;
  /** Initialises one component on every element with its `data-module` in `scope` (the document by default). */
  export function createAll(
    component: new (element: Element) => unknown,
    config?: unknown,
    scope?: Element,
  ): void;
  /** The skip link component. */
  export class SkipLink {
    constructor(element: Element);
  }
  /** The service navigation component: its menu toggle on narrow screens. */
  export class ServiceNavigation {
    constructor(element: Element);
  }
  /** The error summary component: focuses itself and makes its links focus their fields. */
  export class ErrorSummary {
    constructor(element: Element);
  }
}
