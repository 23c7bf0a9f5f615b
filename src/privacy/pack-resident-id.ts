import { createIssue } from '../errors/issue.js';
import { PairingAidError } from '../errors/pairing-aid-error.js';
import { residentIdCheckCharacter, type ResidentId } from './resident-id.js';

// Mixed radix, region first: region − 110000 (province codes run 11–82), then days since 1850-01-01 (the
// earliest birth date parseResidentId accepts), then the 3-digit sequence. The check character is derived.
const FIRST_REGION = 110_000;
const REGIONS = 720_000;
const DAYS = 97_734;
const SEQUENCES = 1_000;
const EPOCH = /* @__PURE__ */ Date.UTC(1850, 0, 1);
const DAY = 86_400_000;

/**
 * The number of values {@link packResidentId} can produce: every integer below it unpacks to a valid
 * resident ID number, and it is below 2^46.
 */
export const packedResidentIdLimit = REGIONS * DAYS * SEQUENCES;

/**
 * Packs a validated resident ID number into one integer below 2^46 (exact in a `number` or a
 * `Float64Array`), for counting tens of millions of people without holding a string per person. The order
 * of packed numbers is the order of the ID texts. Birth dates from 1850-01-01 to 2117-08-02 can be packed.
 *
 * Packed numbers are the ID numbers themselves in another form: they are personal data.
 *
 * @param id - a number that {@link parseResidentId} accepted
 * @returns an integer in `[0, packedResidentIdLimit)`
 * @throws {@link PairingAidError} `resident-id-pack-range` when the birth date is after 2117-08-02
 *
 * @example
 * ```ts
 * packResidentId(residentId('11010519491231002X'))
 * //=> 10298593002
 * ```
 */
export function packResidentId(id: ResidentId): number {
  const region = Number(id.slice(0, 6)) - FIRST_REGION;
  const days = (Date.UTC(Number(id.slice(6, 10)), Number(id.slice(10, 12)) - 1, Number(id.slice(12, 14))) - EPOCH) / DAY;
  if (!(region >= 0 && region < REGIONS && days >= 0 && days < DAYS)) {
    throw new PairingAidError([createIssue('resident-id-pack-range', [], { birthDate: id.slice(6, 14) })]);
  }
  return (region * DAYS + days) * SEQUENCES + Number(id.slice(14, 17));
}

/**
 * Turns a number made by {@link packResidentId} back into the resident ID number, check character
 * included: `unpackResidentId(packResidentId(id)) === id` for every packable id.
 *
 * @param packed - an integer in `[0, packedResidentIdLimit)`
 * @returns the resident ID number
 * @throws {@link PairingAidError} `resident-id-packed-invalid` for any other number
 *
 * @example
 * ```ts
 * unpackResidentId(10298593002)
 * //=> '11010519491231002X'
 * ```
 */
export function unpackResidentId(packed: number): ResidentId {
  if (!Number.isSafeInteger(packed) || packed < 0 || packed >= packedResidentIdLimit) {
    throw new PairingAidError([createIssue('resident-id-packed-invalid', [], { packed: String(packed) })]);
  }
  const sequence = packed % SEQUENCES;
  const regionDays = (packed - sequence) / SEQUENCES;
  const days = regionDays % DAYS;
  const region = (regionDays - days) / DAYS + FIRST_REGION;
  const birth = new Date(EPOCH + days * DAY);
  const first17 =
    String(region) +
    String(birth.getUTCFullYear()).padStart(4, '0') +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(birth.getUTCDate()).padStart(2, '0') +
    String(sequence).padStart(3, '0');
  return `${first17}${residentIdCheckCharacter(first17)}` as ResidentId;
}
