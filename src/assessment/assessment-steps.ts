import type { IsoDate } from '../dates/iso-date.js';
import type { Actor } from '../lifecycle/actor.js';
import type { Timestamp } from '../lifecycle/timestamp.js';
import type { RegionCode } from '../regions/region-code.js';
import type { AssessmentGrade } from './assessment-areas.js';

/**
 * Where a year's assessment stands: self-evaluated by the assessed side (自评), returned by the cross-checking
 * body for correction, cross-checked (交叉考核), returned by the assessing body, or reported (考核结果上报).
 */
export const assessmentStatuses = ['self-evaluated', 'self-evaluation-returned', 'cross-checked', 'cross-check-returned', 'reported'] as const;

/** One of {@link assessmentStatuses}. */
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/** Who gives a step: the assessed side's own office, a cross-checking body, or the assessing body. */
export type AssessmentRole = 'assessed-office' | 'cross-checker' | 'assessor';

/** The step of the calendar a move belongs to, and so the day it is due by ({@link assessmentCalendar}). */
export type AssessmentStepKind = 'self-evaluation' | 'cross-check' | 'report';

/** What a step found: the score it arrived at and the grade. */
export interface AssessmentFinding {
  /** An exact decimal string, e.g. `"52.50"`. */
  readonly score: string;
  readonly grade: AssessmentGrade;
}

/** What an assessment command carries beyond who (`by`), when (`at`) and an optional `reason`. */
export interface AssessmentCommandPayloads {
  'self-evaluate': { readonly finding: AssessmentFinding };
  'return-self-evaluation': { readonly reason: string };
  'correct-self-evaluation': { readonly reason: string; readonly finding: AssessmentFinding };
  'cross-check': { readonly finding: AssessmentFinding };
  'return-cross-check': { readonly reason: string };
  'correct-cross-check': { readonly reason: string; readonly finding: AssessmentFinding };
  'report': { readonly finding: AssessmentFinding };
}

/** The name of an assessment command. */
export type AssessmentCommandType = keyof AssessmentCommandPayloads;

/** An assessment command: who, when, why, and what it found. */
export type AssessmentCommand = {
  readonly [Type in AssessmentCommandType]: { readonly type: Type; readonly by: Actor; readonly at: Timestamp; readonly reason?: string } & AssessmentCommandPayloads[Type];
}[AssessmentCommandType];

/** What {@link assessmentCommandDefinitions} records about each command. */
export interface AssessmentCommandDefinition {
  readonly event: string;
  /** The statuses it may be given in; empty for the self-evaluation, which starts an assessment. */
  readonly from: readonly AssessmentStatus[];
  readonly to: AssessmentStatus;
  readonly by: AssessmentRole;
  readonly reasonRequired: boolean;
  /** The step of the calendar it gives, with a finding; absent for a return. */
  readonly step?: AssessmentStepKind;
}

/**
 * The moves of a year's assessment: from what, to what, by whom. A step may be late — it is recorded and
 * flagged against {@link assessmentCalendar}, not refused; a returned step is given again as a correction, with
 * what was corrected as its reason.
 *
 * | command | from | to | by | reason |
 * |---|---|---|---|---|
 * | `self-evaluate` | (nothing) | `self-evaluated` | the assessed side's office | — |
 * | `return-self-evaluation` | `self-evaluated` | `self-evaluation-returned` | a cross-checking body | required |
 * | `correct-self-evaluation` | `self-evaluation-returned` | `self-evaluated` | the assessed side's office | required |
 * | `cross-check` | `self-evaluated` | `cross-checked` | a cross-checking body | — |
 * | `return-cross-check` | `cross-checked` | `cross-check-returned` | the assessing body | required |
 * | `correct-cross-check` | `cross-check-returned` | `cross-checked` | a cross-checking body | required |
 * | `report` | `cross-checked` | `reported` | the assessing body | — |
 *
 * @example
 * ```ts
 * assessmentCommandDefinitions['cross-check'].to
 * //=> 'cross-checked'
 * ```
 */
export const assessmentCommandDefinitions: { readonly [Type in AssessmentCommandType]: AssessmentCommandDefinition } = {
  'self-evaluate': { event: 'self-evaluated', from: [], to: 'self-evaluated', by: 'assessed-office', reasonRequired: false, step: 'self-evaluation' },
  'return-self-evaluation': { event: 'self-evaluation-returned', from: ['self-evaluated'], to: 'self-evaluation-returned', by: 'cross-checker', reasonRequired: true },
  'correct-self-evaluation': { event: 'self-evaluation-corrected', from: ['self-evaluation-returned'], to: 'self-evaluated', by: 'assessed-office', reasonRequired: true, step: 'self-evaluation' },
  'cross-check': { event: 'cross-checked', from: ['self-evaluated'], to: 'cross-checked', by: 'cross-checker', reasonRequired: false, step: 'cross-check' },
  'return-cross-check': { event: 'cross-check-returned', from: ['cross-checked'], to: 'cross-check-returned', by: 'assessor', reasonRequired: true },
  'correct-cross-check': { event: 'cross-check-corrected', from: ['cross-check-returned'], to: 'cross-checked', by: 'cross-checker', reasonRequired: true, step: 'cross-check' },
  'report': { event: 'reported', from: ['cross-checked'], to: 'reported', by: 'assessor', reasonRequired: false, step: 'report' },
};

/** Every assessment command, in the order of {@link assessmentCommandDefinitions}. */
export const assessmentCommandTypes = /* @__PURE__ */ Object.keys(assessmentCommandDefinitions) as readonly AssessmentCommandType[];

/** What every assessment event has: whose year, who, when, why. */
export interface AssessmentEventCore {
  readonly year: number;
  /** The donor or recipient assessed. */
  readonly assessed: RegionCode;
  readonly by: Actor;
  readonly at: Timestamp;
  readonly reason?: string;
}

/**
 * Something that happened to a year's assessment, as its log records it. A step carries its finding, the day it
 * was due by and whether it came late (its day in China after the due day).
 */
export type AssessmentEvent =
  | (AssessmentEventCore & {
      readonly type: 'self-evaluated' | 'self-evaluation-corrected' | 'cross-checked' | 'cross-check-corrected' | 'reported';
      readonly finding: AssessmentFinding;
      readonly due: IsoDate;
      readonly late: boolean;
    })
  | (AssessmentEventCore & { readonly type: 'self-evaluation-returned' | 'cross-check-returned'; readonly reason: string });

/** The event an assessment command records. */
export type AssessmentEventType = AssessmentEvent['type'];

/** One step an assessment went through, as its standing lists it. */
export interface AssessmentStepRecord {
  readonly event: AssessmentEventType;
  readonly by: Actor;
  readonly at: Timestamp;
  /** Its day in China. */
  readonly on: IsoDate;
  readonly reason?: string;
  readonly finding?: AssessmentFinding;
  readonly due?: IsoDate;
  readonly late?: boolean;
}

/** Where a year's assessment of one donor or recipient stands, as its events made it. */
export interface AssessmentStanding {
  readonly year: number;
  readonly assessed: RegionCode;
  readonly status: AssessmentStatus;
  /** Every step, return and correction, oldest first. */
  readonly steps: readonly AssessmentStepRecord[];
  /** The finding of the latest self-evaluation, cross-check and report. */
  readonly selfEvaluation?: AssessmentFinding;
  readonly crossCheck?: AssessmentFinding;
  readonly report?: AssessmentFinding;
  /** The steps that came after their due day. */
  readonly late: readonly AssessmentStepRecord[];
  readonly lastEventAt: Timestamp;
  /** How many events made it. */
  readonly version: number;
}
