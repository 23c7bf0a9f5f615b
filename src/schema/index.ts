export { amountSchema, isoDateSchema } from './common-schemas.js';
