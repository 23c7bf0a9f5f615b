export { isoDate, parseIsoDate, yearOf, type IsoDate } from './iso-date.js';
