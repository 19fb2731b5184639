/**
 * The pattern (a `RegExp` source, no anchors) of a time of day as SQL Server and Excel write one after a
 * date in an export: `0:00`, `00:00:00`, `00:00:00.000`. Readers of dates read past it, so that a datetime
 * column (`01/04/2024 00:00:00`) reads as its date; every reader builds its own pattern around this one.
 *
 * @example
 * new RegExp(`^(\\d{2})/(\\d{2})/(\\d{4})(?: ${TIME_OF_DAY})?$`).test('01/04/2024 0:00'); // true
 */
export const TIME_OF_DAY = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?`;

/**
 * A date written `D/M/YYYY` (one or two digits for day and month), a time of day ({@link TIME_OF_DAY})
 * optionally after it: groups 1, 2 and 3 are the day, month and year as written. Only the shape is checked,
 * not the calendar.
 *
 * @example
 * SLASH_DATE.exec('4/1/2024 0:00')?.slice(1); // ['4', '1', '2024']
 */
export const SLASH_DATE = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?: ${TIME_OF_DAY})?$`);
