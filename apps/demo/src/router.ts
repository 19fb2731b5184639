import type { Page } from './page.js';

const SERVICE = 'Placewise demo';

function markCurrent(id: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.govuk-service-navigation__list a')) {
    const current = link.hash === `#${id}`;
    link.parentElement?.classList.toggle('govuk-service-navigation__item--active', current);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/**
 * Shows the page the location hash names (the first page when it names none) and follows hash changes.
 * Hashes that name no page (an error summary's link to a field) leave the page as it is.
 */
export function startRouter(pages: readonly Page[], root: HTMLElement): void {
  let shown: string | undefined;
  const show = async (initial: boolean) => {
    const wanted = location.hash.slice(1);
    const page = pages.find((p) => p.id === wanted) ?? (shown ? undefined : pages[0]);
    if (!page || page.id === shown) return;
    shown = page.id;
    markCurrent(page.id);
    document.title = `${page.title} – ${SERVICE}`;
    root.replaceChildren();
    root.setAttribute('aria-busy', 'true');
    try {
      await page.render(root);
    } finally {
      root.removeAttribute('aria-busy');
      root.setAttribute('data-page', page.id);
    }
    // Move focus to the new page for keyboard and screen reader users, as a full page load would.
    if (!initial) root.closest('main')?.focus();
  };
  window.addEventListener('hashchange', () => void show(false));
  void show(true);
}
