// National column data split by province, the way an app selects one province's rows from its database: each
// part has its own rows and its own, smaller key tables (only the projects, attachments and regions its rows use),
// so nothing but the codes in the summaries ties the parts together.
import {
  activityId,
  projectId,
  regionCode,
  subProjectId,
  type BeneficiaryAttachment,
  type BeneficiaryAttachmentEntry,
  type BeneficiaryColumns,
  type LedgerColumns,
} from '../../src/index.js';

/** One province's ledger entries and beneficiary records. */
export interface ProvincePartition {
  /** The province's two-digit code (`52` Guizhou). */
  readonly province: string;
  readonly ledger: LedgerColumns;
  readonly beneficiaries: BeneficiaryColumns;
}

const provinceOf = (region: string): string => region.slice(0, 2);

// Old index → new index for the indexes `rows` use, in order of first use, and the new key table.
function localTable<T>(table: readonly T[], indexes: Int32Array, rows: Int32Array): { map: Int32Array; table: T[] } {
  const map = new Int32Array(table.length).fill(-1);
  const local: T[] = [];
  for (let at = 0; at < rows.length; at++) {
    const old = indexes[rows[at] as number] as number;
    if (map[old] === -1) {
      map[old] = local.length;
      local.push(table[old] as T);
    }
  }
  return { map, table: local };
}

// Row numbers of each province, in input order: a counting pass, then a placing pass, with the provinces
// numbered so that no row costs a map lookup.
function rowsByProvince(regions: readonly string[], regionIndexes: Int32Array, length: number): Map<string, Int32Array> {
  const provinces = [...new Set(regions.map(provinceOf))];
  const provinceOfIndex = Int32Array.from(regions, (region) => provinces.indexOf(provinceOf(region)));
  const counts = new Int32Array(provinces.length);
  for (let row = 0; row < length; row++) {
    const province = provinceOfIndex[regionIndexes[row] as number] as number;
    counts[province] = (counts[province] as number) + 1;
  }
  const rows = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(provinces.length);
  for (let row = 0; row < length; row++) {
    const province = provinceOfIndex[regionIndexes[row] as number] as number;
    const at = filled[province] as number;
    (rows[province] as Int32Array)[at] = row;
    filled[province] = at + 1;
  }
  return new Map(provinces.flatMap((province, at) => ((counts[at] as number) > 0 ? [[province, rows[at] as Int32Array] as const] : [])));
}

function ledgerPart(ledger: LedgerColumns, rows: Int32Array): LedgerColumns {
  const projects = localTable(ledger.keys.project, ledger.project, rows);
  const regions = localTable(ledger.keys.region, ledger.region, rows);
  const part = {
    length: rows.length,
    fen: new Float64Array(rows.length),
    kind: new Uint8Array(rows.length),
    project: new Int32Array(rows.length),
    category: new Int32Array(rows.length),
    type: new Int32Array(rows.length),
    region: new Int32Array(rows.length),
    year: new Int32Array(rows.length),
    keys: { ...ledger.keys, project: projects.table, region: regions.table },
  };
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as number;
    part.fen[at] = ledger.fen[row] as number;
    part.kind[at] = ledger.kind[row] as number;
    part.project[at] = projects.map[ledger.project[row] as number] as number;
    part.category[at] = ledger.category[row] as number;
    part.type[at] = ledger.type[row] as number;
    part.region[at] = regions.map[ledger.region[row] as number] as number;
    part.year[at] = ledger.year[row] as number;
  }
  return part;
}

function beneficiaryPart(columns: BeneficiaryColumns, rows: Int32Array): BeneficiaryColumns {
  const attachments = localTable(columns.attachments, columns.attachmentIndices, rows);
  const regions = localTable(columns.regions, columns.regionIndices, rows);
  const part = {
    personKeys: new Float64Array(rows.length),
    registeredPoor: new Uint8Array(rows.length),
    years: new Uint16Array(rows.length),
    attachmentIndices: new Int32Array(rows.length),
    regionIndices: new Int32Array(rows.length),
    attachments: attachments.table,
    regions: regions.table,
  };
  const households = columns.householdKeys === undefined ? undefined : new Float64Array(rows.length);
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as number;
    part.personKeys[at] = columns.personKeys[row] as number;
    part.registeredPoor[at] = columns.registeredPoor[row] as number;
    part.years[at] = columns.years[row] as number;
    part.attachmentIndices[at] = attachments.map[columns.attachmentIndices[row] as number] as number;
    part.regionIndices[at] = regions.map[columns.regionIndices[row] as number] as number;
  }
  if (households !== undefined) for (let at = 0; at < rows.length; at++) households[at] = columns.householdKeys?.[rows[at] as number] as number;
  return households === undefined ? part : { ...part, householdKeys: households };
}

/**
 * Splits the ledger by the province of each entry's region, and the beneficiary records by the province of each
 * record's region, into one part per province (ascending by code). A province with rows in only one of the two
 * gets empty columns for the other.
 */
export function partitionByProvince(ledger: LedgerColumns, beneficiaries: BeneficiaryColumns): ProvincePartition[] {
  const ledgerRows = rowsByProvince(ledger.keys.region, ledger.region, ledger.length);
  const beneficiaryRows = rowsByProvince(beneficiaries.regions, beneficiaries.regionIndices, beneficiaries.personKeys.length);
  const provinces = [...new Set([...ledgerRows.keys(), ...beneficiaryRows.keys()])].sort();
  const none = new Int32Array(0);
  return provinces.map((province) => ({
    province,
    ledger: ledgerPart(ledger, ledgerRows.get(province) ?? none),
    beneficiaries: beneficiaryPart(beneficiaries, beneficiaryRows.get(province) ?? none),
  }));
}

// ——— As stored in the job engine's Redis: one hash per partition, one field per column (raw little-endian
// bytes) and a `tables` field with the key tables as JSON.

const ledgerArrays = ['fen', 'kind', 'project', 'category', 'type', 'region', 'year'] as const;
const beneficiaryArrays = ['personKeys', 'householdKeys', 'registeredPoor', 'years', 'attachmentIndices', 'regionIndices'] as const;

interface PartitionTables {
  readonly province: string;
  readonly ledgerKeys: LedgerColumns['keys'];
  readonly attachments: readonly BeneficiaryAttachmentEntry[];
  readonly regions: readonly string[];
}

const bytesOf = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** The fields of the Redis hash that holds `partition`. */
export function encodePartition(partition: ProvincePartition): Record<string, Buffer> {
  const tables: PartitionTables = {
    province: partition.province,
    ledgerKeys: partition.ledger.keys,
    attachments: partition.beneficiaries.attachments,
    regions: partition.beneficiaries.regions,
  };
  const fields: Record<string, Buffer> = { tables: Buffer.from(JSON.stringify(tables)) };
  for (const name of ledgerArrays) fields[`ledger.${name}`] = bytesOf(partition.ledger[name].subarray(0, partition.ledger.length));
  for (const name of beneficiaryArrays) {
    const column = partition.beneficiaries[name];
    if (column !== undefined) fields[`beneficiaries.${name}`] = bytesOf(column);
  }
  return fields;
}

// A copy into a fresh, aligned buffer: the bytes Redis returns may start at any offset.
function column<T>(fields: Record<string, Buffer>, name: string, make: (buffer: ArrayBuffer) => T): T {
  const stored = fields[name];
  if (stored === undefined) throw new Error(`The stored partition has no ${name} column`);
  const bytes = new Uint8Array(stored.byteLength);
  bytes.set(stored);
  return make(bytes.buffer);
}

function checkedAttachment(attachment: BeneficiaryAttachment): BeneficiaryAttachment {
  switch (attachment.kind) {
    case 'project':
      return { kind: 'project', project: projectId(attachment.project) };
    case 'sub-project':
      return { kind: 'sub-project', project: projectId(attachment.project), subProject: subProjectId(attachment.subProject) };
    case 'activity':
      return { kind: 'activity', activity: activityId(attachment.activity) };
  }
}

/** Reads back a partition written by {@link encodePartition}; the library's summaries check every index. */
export function decodePartition(fields: Record<string, Buffer>): ProvincePartition {
  const tables = JSON.parse(column(fields, 'tables', (buffer) => Buffer.from(buffer).toString('utf8'))) as PartitionTables;
  const fen = column(fields, 'ledger.fen', (buffer) => new Float64Array(buffer));
  const ledger: LedgerColumns = {
    length: fen.length,
    fen,
    kind: column(fields, 'ledger.kind', (buffer) => new Uint8Array(buffer)),
    project: column(fields, 'ledger.project', (buffer) => new Int32Array(buffer)),
    category: column(fields, 'ledger.category', (buffer) => new Int32Array(buffer)),
    type: column(fields, 'ledger.type', (buffer) => new Int32Array(buffer)),
    region: column(fields, 'ledger.region', (buffer) => new Int32Array(buffer)),
    year: column(fields, 'ledger.year', (buffer) => new Int32Array(buffer)),
    keys: tables.ledgerKeys,
  };
  const beneficiaries: BeneficiaryColumns = {
    personKeys: column(fields, 'beneficiaries.personKeys', (buffer) => new Float64Array(buffer)),
    registeredPoor: column(fields, 'beneficiaries.registeredPoor', (buffer) => new Uint8Array(buffer)),
    years: column(fields, 'beneficiaries.years', (buffer) => new Uint16Array(buffer)),
    attachmentIndices: column(fields, 'beneficiaries.attachmentIndices', (buffer) => new Int32Array(buffer)),
    regionIndices: column(fields, 'beneficiaries.regionIndices', (buffer) => new Int32Array(buffer)),
    // Ids and codes are checked again on the way in, as anything read from outside.
    attachments: tables.attachments.map((entry) => ({ ...entry, attachedTo: checkedAttachment(entry.attachedTo) })),
    regions: tables.regions.map((code) => regionCode(code)),
  };
  const households = fields['beneficiaries.householdKeys'];
  return {
    province: tables.province,
    ledger,
    beneficiaries: households === undefined ? beneficiaries : { ...beneficiaries, householdKeys: column(fields, 'beneficiaries.householdKeys', (buffer) => new Float64Array(buffer)) },
  };
}
