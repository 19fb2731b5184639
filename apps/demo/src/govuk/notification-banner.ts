import { type Child, h } from '../dom/element.js';

let counter = 0;

/**
 * Renders the GOV.UK Frontend notification banner (`success` uses role="alert").
 *
 * @example
 * notificationBanner({ title: 'Important', heading: 'Matching is not available yet' })
 */
export function notificationBanner(options: {
  title?: string;
  heading: string;
  body?: readonly Child[];
  success?: boolean;
}): HTMLElement {
  counter += 1;
  const id = `notification-banner-title-${counter}`;
  return h(
    'div',
    {
      class: `govuk-notification-banner${options.success ? ' govuk-notification-banner--success' : ''}`,
      role: options.success ? 'alert' : 'region',
      'aria-labelledby': id,
      'data-module': 'govuk-notification-banner',
    },
    [
      h('div', { class: 'govuk-notification-banner__header' }, [
        h('h2', { class: 'govuk-notification-banner__title', id }, [
          options.title ?? (options.success ? 'Success' : 'Important'),
        ]),
      ]),
      h('div', { class: 'govuk-notification-banner__content' }, [
        h('p', { class: 'govuk-notification-banner__heading' }, [options.heading]),
        ...(options.body ?? []).map((b) =>
          typeof b === 'string' ? h('p', { class: 'govuk-body' }, [b]) : b,
        ),
      ]),
    ],
  );
}

/**
 * The honest note shown where a package's API has not landed yet: nothing is faked in its place.
 *
 * @example
 * notAvailableYet('@placewise/costs', 'cost benchmarks')
 */
export function notAvailableYet(packageName: string, what: string): HTMLElement {
  const banner = notificationBanner({
    heading: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} not available yet`,
    body: [
      `This part of the demo needs ${packageName}, whose API is still being written. It appears here as soon as the package ships it; nothing is simulated in its place.`,
    ],
  });
  banner.setAttribute('data-not-available', packageName);
  return banner;
}
