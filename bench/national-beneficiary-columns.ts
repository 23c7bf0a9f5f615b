// The national beneficiary records in the library's column form.
import { allocateBeneficiaryColumns, projectId, regionCode, type BeneficiaryColumns } from '../src/index.js';
import { PREFECTURE_CODES } from './national-ledger.js';
import { generateNationalBeneficiaries, type NationalBeneficiaries } from './national-beneficiaries.js';

export function beneficiaryColumnsOf(data: NationalBeneficiaries): BeneficiaryColumns {
  const attachments = Array.from({ length: data.projects }, (_, index) => ({
    attachedTo: { kind: 'project' as const, project: projectId(`P${String(index).padStart(6, '0')}`) },
  }));
  const columns = allocateBeneficiaryColumns(data.records, attachments, PREFECTURE_CODES.map((code) => regionCode(code)));
  columns.personKeys.set(data.packed);
  columns.years.fill(2020);
  columns.attachmentIndices.set(data.project);
  for (let index = 0; index < data.records; index++) {
    columns.regionIndices[index] = data.projectRegion[data.project[index] as number] as number;
  }
  return columns;
}

export function buildBeneficiaryColumns(scale: number): BeneficiaryColumns {
  return beneficiaryColumnsOf(generateNationalBeneficiaries(scale));
}
