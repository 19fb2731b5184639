/**
 * The GOV.UK Frontend colour palette (v6, after the 2025 brand refresh) that charts draw in, by the names the
 * design system uses. Source: `govuk-frontend` 6.6.0, `dist/govuk/settings/_colours-palette--internal.scss`
 * (MIT licence).
 *
 * @example
 * `<rect fill="${GOVUK_COLOURS.blue}"/>`
 */
export const GOVUK_COLOURS = {
  blue: '#1d70b8',
  lightBlue: '#5694ca',
  paleBlue: '#d2e2f1',
  darkBlue: '#0f385c',
  green: '#0f7a52',
  teal: '#158187',
  purple: '#54319f',
  magenta: '#ca357c',
  red: '#ca3535',
  orange: '#f47738',
  yellow: '#ffdd00',
  brown: '#99704a',
  black: '#0b0c0c',
  darkGrey: '#484949',
  midGrey: '#cecece',
  lightGrey: '#f3f3f3',
  white: '#ffffff',
} as const;

/**
 * The order series take their colours in (stacked and grouped bars, several lines): blue first, then colours
 * far enough apart in hue and lightness to tell side by side.
 *
 * @example
 * SERIES_COLOURS[0] // '#1d70b8'
 */
export const SERIES_COLOURS: readonly string[] = [
  GOVUK_COLOURS.blue,
  GOVUK_COLOURS.orange,
  GOVUK_COLOURS.green,
  GOVUK_COLOURS.purple,
  GOVUK_COLOURS.magenta,
  GOVUK_COLOURS.brown,
  GOVUK_COLOURS.teal,
  GOVUK_COLOURS.darkGrey,
];
