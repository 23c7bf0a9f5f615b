import { createIssue } from '../errors/issue.js';
import { fail, succeed, unwrap, type Result } from '../errors/result.js';
import type { Brand } from '../internal/brand.js';

/** Identifies a programme (a donor's aid programme for a year or a plan period). */
export type ProgrammeId = Brand<string, 'ProgrammeId'>;
/** Identifies a project (IATI hierarchy 1). */
export type ProjectId = Brand<string, 'ProjectId'>;
/** Identifies a sub-project (IATI hierarchy 2); unique across projects and sub-projects of a programme. */
export type SubProjectId = Brand<string, 'SubProjectId'>;
/** Identifies an organisation: a government body, an office, an enterprise, a donor. */
export type OrganisationId = Brand<string, 'OrganisationId'>;
/** Identifies a fund or donation. */
export type FundId = Brand<string, 'FundId'>;
/** Identifies a pairing (结对) between a donor and a recipient region. */
export type PairingId = Brand<string, 'PairingId'>;
/** Identifies a plan (multi-year, near-term or annual). */
export type PlanId = Brand<string, 'PlanId'>;
/** Identifies a ledger entry. */
export type LedgerEntryId = Brand<string, 'LedgerEntryId'>;
/** Identifies a non-project aid activity (a training course, a subsidy round, a labour placement drive). */
export type ActivityId = Brand<string, 'ActivityId'>;

// Printable, no white space at the ends, at most 128 characters: safe in URLs, file names and IATI identifiers.
const ID_PATTERN = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,126}[^\s\p{Cc}])?$/u;

/**
 * Checks an identifier's text: 1 to 128 printable characters with no white space at either end.
 * @internal
 */
export function parseIdText<T extends string>(input: unknown, kind: string): Result<T> {
  if (typeof input !== 'string' || !ID_PATTERN.test(input)) {
    return fail([createIssue('id-invalid', [], { kind, input: String(input) })]);
  }
  return succeed(input as T);
}

/**
 * Makes a {@link ProjectId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * projectId('BJ-2011-01')
 * //=> 'BJ-2011-01'
 * ```
 */
export const projectId = (text: string): ProjectId => unwrap(parseIdText<ProjectId>(text, 'project'));
/**
 * Makes a {@link SubProjectId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * subProjectId('BJ-2011-01-a')
 * //=> 'BJ-2011-01-a'
 * ```
 */
export const subProjectId = (text: string): SubProjectId => unwrap(parseIdText<SubProjectId>(text, 'sub-project'));
/**
 * Makes an {@link OrganisationId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * organisationId('sz-support-office')
 * //=> 'sz-support-office'
 * ```
 */
export const organisationId = (text: string): OrganisationId =>
  unwrap(parseIdText<OrganisationId>(text, 'organisation'));
/**
 * Makes a {@link ProgrammeId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * programmeId('sz-gz-2011')
 * //=> 'sz-gz-2011'
 * ```
 */
export const programmeId = (text: string): ProgrammeId => unwrap(parseIdText<ProgrammeId>(text, 'programme'));
/**
 * Makes a {@link FundId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * fundId('sz-2011-donation')
 * //=> 'sz-2011-donation'
 * ```
 */
export const fundId = (text: string): FundId => unwrap(parseIdText<FundId>(text, 'fund'));
/**
 * Makes a {@link PairingId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * pairingId('sz-bijie')
 * //=> 'sz-bijie'
 * ```
 */
export const pairingId = (text: string): PairingId => unwrap(parseIdText<PairingId>(text, 'pairing'));
/**
 * Makes a {@link PlanId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * planId('12th-five-year')
 * //=> '12th-five-year'
 * ```
 */
export const planId = (text: string): PlanId => unwrap(parseIdText<PlanId>(text, 'plan'));
/**
 * Makes a {@link LedgerEntryId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * ledgerEntryId('e-1')
 * //=> 'e-1'
 * ```
 */
export const ledgerEntryId = (text: string): LedgerEntryId => unwrap(parseIdText<LedgerEntryId>(text, 'ledger entry'));
/**
 * Makes an {@link ActivityId} from text.
 * @throws {@link PairingAidError} `id-invalid`
 * @example
 * ```ts
 * activityId('training-2011')
 * //=> 'training-2011'
 * ```
 */
export const activityId = (text: string): ActivityId => unwrap(parseIdText<ActivityId>(text, 'activity'));
