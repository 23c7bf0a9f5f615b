/**
 * Resident identity numbers (validated, masked, packed), pseudonyms and the redaction of personal data in text.
 *
 * Import it as `pairing-aid/privacy`, or everything from `pairing-aid`.
 *
 * @module privacy
 */
export { containsPersonalData, maskResidentId, redactPersonalData, type MaskOptions } from './mask.js';
export {
  parseResidentId,
  residentId,
  residentIdCheckCharacter,
  type ParseResidentIdOptions,
  type ResidentId,
} from './resident-id.js';
export { packedResidentIdLimit, packResidentId, unpackResidentId } from './pack-resident-id.js';
export {
  createPseudonymiser,
  parsePseudonym,
  parsePseudonymKey,
  pseudonymise,
  pseudonymKey,
  type Pseudonym,
  type PseudonymKey,
} from './pseudonym.js';
