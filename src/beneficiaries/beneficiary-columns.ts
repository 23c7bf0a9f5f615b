import { createIssue, type Issue } from '../errors/issue.js';
import type { FundCategoryCode } from '../model/fund-category.js';
import type { ProjectTypeCode } from '../model/project-type.js';
import type { RegionCode } from '../regions/region-code.js';
import type { BeneficiaryAttachment } from './attachment.js';

/** One entry of the attachment table of {@link BeneficiaryColumns}: what records point at, and its kind. */
export interface BeneficiaryAttachmentEntry {
  readonly attachedTo: BeneficiaryAttachment;
  readonly fundCategory?: FundCategoryCode;
  readonly projectType?: ProjectTypeCode;
}

/**
 * Identified beneficiary records in columns: one typed-array slot per record, no object per record, for
 * national-scale data (tens of millions of records take about 27 bytes each). Record `i` is person
 * `personKeys[i]` reached in year `years[i]` by `attachments[attachmentIndices[i]]` in
 * `regions[regionIndices[i]]`. Apps fill the arrays themselves (see {@link allocateBeneficiaryColumns}).
 */
export interface BeneficiaryColumns {
  /** {@link PersonKey} values. */
  readonly personKeys: Float64Array;
  /** {@link HouseholdKey} values, `NaN` where the household is not known; leave out when none is. */
  readonly householdKeys?: Float64Array;
  /**
   * Registered poor (建档立卡): 1 where the record flags its household (and so its person), 0 where it does
   * not. {@link resolveRegisteredPoor} also writes 2 for a record whose person, but not household, is
   * registered poor (bit 1: household, bit 2: person).
   */
  readonly registeredPoor: Uint8Array;
  /** Reporting years. */
  readonly years: Uint16Array;
  /** Indices into `attachments`. */
  readonly attachmentIndices: Int32Array;
  /** Indices into `regions`. */
  readonly regionIndices: Int32Array;
  readonly attachments: readonly BeneficiaryAttachmentEntry[];
  readonly regions: readonly RegionCode[];
}

/** Options for {@link allocateBeneficiaryColumns}. */
export interface AllocateBeneficiaryColumnsOptions {
  /** Make a `householdKeys` column, filled with `NaN` (default false). */
  readonly households?: boolean;
}

/**
 * Allocates zero-filled columns for `length` records, for an app to fill in place.
 *
 * @param length - the number of records
 * @param attachments - the attachment table
 * @param regions - the region table
 * @param options - see {@link AllocateBeneficiaryColumnsOptions}
 * @returns the columns
 *
 * @example
 * ```ts
 * const columns = allocateBeneficiaryColumns(2, [{ attachedTo: { kind: 'project', project: projectId('BJ-01') } }], [regionCode('520502')])
 * columns.personKeys.length
 * //=> 2
 * ```
 */
export function allocateBeneficiaryColumns(
  length: number,
  attachments: readonly BeneficiaryAttachmentEntry[],
  regions: readonly RegionCode[],
  options: AllocateBeneficiaryColumnsOptions = {},
): BeneficiaryColumns {
  const columns = {
    personKeys: new Float64Array(length),
    registeredPoor: new Uint8Array(length),
    years: new Uint16Array(length),
    attachmentIndices: new Int32Array(length),
    regionIndices: new Int32Array(length),
    attachments,
    regions,
  };
  return options.households === true ? { ...columns, householdKeys: new Float64Array(length).fill(Number.NaN) } : columns;
}

/** Options for {@link checkBeneficiaryColumns}. */
export interface CheckBeneficiaryColumnsOptions {
  /** Stop after this many problems (default 100), adding `beneficiary-columns-more-problems`. */
  readonly maxIssues?: number;
}

/**
 * Checks columns before counting: equal lengths, keys that are whole numbers from 0 to 2^53 − 1 (`NaN`
 * allowed for households), and table indices in range. Every counting function runs this check.
 *
 * @param columns - the records
 * @param options - see {@link CheckBeneficiaryColumnsOptions}
 * @returns the problems, each with its path (`['personKeys', 17]`): `beneficiary-columns-length`,
 *   `beneficiary-columns-person-key`, `beneficiary-columns-household-key`, `beneficiary-columns-index`,
 *   `beneficiary-columns-more-problems`; empty when the columns can be counted
 *
 * @example
 * ```ts
 * checkBeneficiaryColumns(allocateBeneficiaryColumns(3, [], [regionCode('520502')]))[0]?.code
 * //=> 'beneficiary-columns-index'
 * ```
 */
export function checkBeneficiaryColumns(columns: BeneficiaryColumns, options: CheckBeneficiaryColumnsOptions = {}): readonly Issue[] {
  const limit = options.maxIssues ?? 100;
  const issues: Issue[] = [];
  const length = columns.personKeys.length;
  const others = {
    householdKeys: columns.householdKeys,
    registeredPoor: columns.registeredPoor,
    years: columns.years,
    attachmentIndices: columns.attachmentIndices,
    regionIndices: columns.regionIndices,
  };
  for (const [name, column] of Object.entries(others)) {
    if (column !== undefined && column.length !== length) {
      issues.push(createIssue('beneficiary-columns-length', [name], { column: name, expected: length, actual: column.length }));
    }
  }
  if (issues.length > 0) return issues;
  const add = (found: Issue): boolean => {
    if (issues.length >= limit) {
      issues.push(createIssue('beneficiary-columns-more-problems', [], { limit }));
      return false;
    }
    issues.push(found);
    return true;
  };
  const { personKeys, householdKeys, attachmentIndices, regionIndices } = columns;
  const attachmentCount = columns.attachments.length;
  const regionCount = columns.regions.length;
  for (let index = 0; index < length; index++) {
    const person = personKeys[index] as number;
    if (!(person >= 0 && Number.isSafeInteger(person))) {
      if (!add(createIssue('beneficiary-columns-person-key', ['personKeys', index], { value: String(person) }))) break;
    }
    const household = householdKeys?.[index] ?? Number.NaN;
    if (!Number.isNaN(household) && !(household >= 0 && Number.isSafeInteger(household))) {
      if (!add(createIssue('beneficiary-columns-household-key', ['householdKeys', index], { value: String(household) }))) break;
    }
    const attachment = attachmentIndices[index] as number;
    if (attachment < 0 || attachment >= attachmentCount) {
      if (!add(createIssue('beneficiary-columns-index', ['attachmentIndices', index], { table: 'attachments', value: attachment, size: attachmentCount }))) break;
    }
    const region = regionIndices[index] as number;
    if (region < 0 || region >= regionCount) {
      if (!add(createIssue('beneficiary-columns-index', ['regionIndices', index], { table: 'regions', value: region, size: regionCount }))) break;
    }
  }
  return issues;
}
