/**
 * Calendar dates as ISO strings (`2011-09-01`), parsed strictly, with their zod schema.
 *
 * Import it as `pairing-aid/dates`, or everything from `pairing-aid`.
 *
 * @module dates
 */
export { DATE_MAX_LENGTH, EARLIEST_DATE, isoDate, LATEST_DATE, parseIsoDate, yearOf, type IsoDate } from './iso-date.js';
export { isoDateSchema } from '../schema/common-schemas.js';
