import type { IsoDate } from '../dates/iso-date.js';
import type { Project } from '../model/project.js';
import type { LocalizedText } from '../model/text.js';

/** The nature of construction (建设性质) of a proposed project: new (新建), continued (续建), rebuilt or expanded (改扩建). */
export const constructionKinds = ['new', 'continued', 'rebuilt-or-expanded'] as const;

/** One of {@link constructionKinds}. */
export type ConstructionKind = (typeof constructionKinds)[number];

/**
 * A project as a county's project pool (项目库) holds it: the project's own data (name, type, place, budget,
 * responsible unit, tasks as its description, performance target, poverty-linkage mechanism), and what the pool
 * asks beyond it. Its id stays the project's id when it is selected into an annual plan.
 */
export interface PoolEntry {
  readonly project: Project;
  /** The county's own number of the entry (项目库编号), when it gives one; the project's id is the entry's id. */
  readonly reference?: string;
  /** 建设性质. */
  readonly construction: ConstructionKind;
  /** The planned schedule (建设期限): first and last day. */
  readonly schedule?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Who benefits (受益对象), in words; the counts are the project's beneficiary figures. */
  readonly beneficiaries?: LocalizedText;
  /** How the people take part (群众参与): deciding, building, supervising. */
  readonly participation?: LocalizedText;
}

/**
 * What an entry must have to enter the pool, beyond its name, type, place and budget (which every project has):
 * the pool's fields as 国开办发〔2018〕10号 lists them. `township` is the township of the project's place.
 */
export const poolFields = [
  'performanceTarget',
  'povertyLinkage',
  'implementingUnit',
  'description',
  'township',
  'schedule',
  'beneficiaries',
  'participation',
] as const;

/** One of {@link poolFields}. */
export type PoolField = (typeof poolFields)[number];

const isBlank = (text: LocalizedText | undefined): boolean => text === undefined || ((text.zh ?? '').trim() === '' && (text.en ?? '').trim() === '');

const hasField: { readonly [Field in PoolField]: (entry: PoolEntry) => boolean } = {
  performanceTarget: (entry) => (entry.project.performanceTarget?.indicators.length ?? 0) > 0,
  povertyLinkage: (entry) => !isBlank(entry.project.povertyLinkage),
  implementingUnit: (entry) => entry.project.implementingUnit !== undefined,
  description: (entry) => !isBlank(entry.project.description),
  township: (entry) => (entry.project.location.township ?? '').trim() !== '',
  schedule: (entry) => entry.schedule !== undefined && entry.schedule.start <= entry.schedule.end,
  beneficiaries: (entry) => !isBlank(entry.beneficiaries),
  participation: (entry) => !isBlank(entry.participation),
};

/**
 * The fields of `required` an entry lacks (a schedule ending before it starts counts as missing).
 *
 * @param entry - the pool entry
 * @param required - the fields the pool requires; all of {@link poolFields} when left out
 * @returns the missing fields, in the order of {@link poolFields}
 *
 * @example
 * ```ts
 * import { seedProgramme2011 } from 'pairing-aid/examples/2011'
 * const project = seedProgramme2011.projects[0]!
 * missingPoolFields({ project, construction: 'new' })
 * //=> ['description', 'township', 'schedule', 'beneficiaries', 'participation']
 * ```
 */
export function missingPoolFields(entry: PoolEntry, required: readonly PoolField[] = poolFields): PoolField[] {
  return poolFields.filter((field) => required.includes(field) && !hasField[field](entry));
}
