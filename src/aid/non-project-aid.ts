import type { CadreSecondment } from './cadre-secondment.js';
import type { CadreTraining } from './cadre-training.js';
import type { ExchangeVisit } from './exchange-visit.js';
import type { IndustrialCooperation } from './industrial-cooperation.js';
import type { LabourCooperation } from './labour-cooperation.js';
import type { StudentSubsidy } from './student-subsidy.js';

/**
 * The kinds of non-project aid, in the order a report shows them.
 *
 * | kind | 中文 | what it records |
 * |---|---|---|
 * | `cadre-training` | 干部培训 | courses, trainees (persons and person-times), experts organised |
 * | `student-subsidy` | 助学 | students subsidised, amount |
 * | `labour-cooperation` | 劳务协作 | labourers placed (by exclusive bucket), people working in the donor city |
 * | `industrial-cooperation` | 产业合作 | framework agreements, industrial zones, enterprises, investment, farming funds |
 * | `exchange-visit` | 高层互访 | delegations between the two sides |
 * | `cadre-secondment` | 干部挂职 | cadres seconded |
 */
export const nonProjectAidKinds = [
  'cadre-training',
  'student-subsidy',
  'labour-cooperation',
  'industrial-cooperation',
  'exchange-visit',
  'cadre-secondment',
] as const;

/** One of {@link nonProjectAidKinds}. */
export type NonProjectAidKind = (typeof nonProjectAidKinds)[number];

/** A non-project aid record of any kind, told apart by `kind`. */
export type NonProjectAid = CadreTraining | StudentSubsidy | LabourCooperation | IndustrialCooperation | ExchangeVisit | CadreSecondment;
