import { createIssue, type Issue } from '../../errors/issue.js';
import { PairingAidError } from '../../errors/pairing-aid-error.js';
import type { RegionCode } from '../../regions/region-code.js';
import { attachmentLabel } from '../attachment.js';
import type { BeneficiaryAttachmentEntry, BeneficiaryColumns } from '../beneficiary-columns.js';
import type { BeneficiaryPerson, IdentifiedBeneficiary } from '../identified-beneficiary.js';

// Each distinct person text gets the next whole number: exact for every kind of identity, because equal
// numbers mean equal full texts. The numbers only mean something inside one call.
/** Puts records into columns, numbering persons and households by their full text. */
export function columnsFromRecords(records: readonly IdentifiedBeneficiary[]): BeneficiaryColumns {
  const persons = new Map<string, number>();
  const households = new Map<string, number>();
  const attachmentIndex = new Map<string, number>();
  const regionIndex = new Map<string, number>();
  const attachments: BeneficiaryAttachmentEntry[] = [];
  const regions: RegionCode[] = [];
  const length = records.length;
  const columns = {
    personKeys: new Float64Array(length),
    householdKeys: new Float64Array(length),
    registeredPoor: new Uint8Array(length),
    years: new Uint16Array(length),
    attachmentIndices: new Int32Array(length),
    regionIndices: new Int32Array(length),
    attachments,
    regions,
  };
  const issues: Issue[] = [];
  records.forEach((record, index) => {
    if (!Number.isInteger(record.year) || record.year < 0 || record.year > 65_535) {
      issues.push(createIssue('beneficiary-year-invalid', [index, 'year'], { year: String(record.year) }));
    }
    columns.personKeys[index] = numberFor(persons, personText(record.person));
    columns.householdKeys[index] = record.household === undefined ? Number.NaN : numberFor(households, record.household);
    columns.registeredPoor[index] = record.registeredPoor ? 1 : 0;
    columns.years[index] = record.year;
    const attachmentText = JSON.stringify([attachmentLabel(record.attachedTo), record.fundCategory ?? null, record.projectType ?? null]);
    columns.attachmentIndices[index] = numberFor(attachmentIndex, attachmentText, () => attachments.push(entryOf(record)));
    columns.regionIndices[index] = numberFor(regionIndex, record.region, () => regions.push(record.region));
  });
  if (issues.length > 0) throw new PairingAidError(issues);
  return columns;
}

function personText(person: BeneficiaryPerson): string {
  switch (person.kind) {
    case 'resident-id':
      return `r:${person.residentId}`;
    case 'app':
      return `a:${person.appId}`;
    case 'pseudonym':
      return `p:${person.pseudonym}`;
  }
}

function numberFor(numbers: Map<string, number>, text: string, onNew?: () => void): number {
  let found = numbers.get(text);
  if (found === undefined) {
    found = numbers.size;
    numbers.set(text, found);
    onNew?.();
  }
  return found;
}

function entryOf(record: IdentifiedBeneficiary): BeneficiaryAttachmentEntry {
  return {
    attachedTo: record.attachedTo,
    ...(record.fundCategory === undefined ? {} : { fundCategory: record.fundCategory }),
    ...(record.projectType === undefined ? {} : { projectType: record.projectType }),
  };
}
