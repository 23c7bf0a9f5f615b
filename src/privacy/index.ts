export { containsPersonalData, maskResidentId, redactPersonalData, type MaskOptions } from './mask.js';
export {
  parseResidentId,
  residentId,
  residentIdCheckCharacter,
  type ParseResidentIdOptions,
  type ResidentId,
} from './resident-id.js';
