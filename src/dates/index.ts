export { isoDate, parseIsoDate, yearOf, type IsoDate } from './iso-date.js';
export { isoDateSchema } from '../schema/common-schemas.js';
