/** One page of the demo, shown when the location hash names it. */
export interface Page {
  /** The hash that shows it (`#costs`). */
  id: string;
  /** Its heading and the first part of the document title. */
  title: string;
  /** Fills `root` with the page; may be async (results rendered after a user action stay in `root`). */
  render(root: HTMLElement): void | Promise<void>;
}
