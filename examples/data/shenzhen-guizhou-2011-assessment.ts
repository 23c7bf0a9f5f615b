// The assessment (考核) of the 2011 year, built through the public API: the report of the donor's and each
// recipient's view by the illustrative configuration, and Shenzhen's assessment as a hash-chained log. The
// source says the counterpart support "was included into the important agenda of the municipal party committee
// and government" and "into the city and district government's major work to receive assessment" (Working
// mechanism): the first is entered as the one judgement the data cannot give. The bodies that cross-check and
// assess, the days of each step and the return for correction are illustrative, made up to show the calendar,
// and say so. Every score is the one assessPairingYear computes from the 2011 data.
import type { AssessmentCommand, AssessmentEventLog, AssessmentReport, AssessmentStanding } from '../../src/index.js';
import { recordAssessment2011 } from './shenzhen-guizhou-2011-assessment-steps.js';

export { assessmentBodies2011, seedAssessmentContext2011, seedAssessmentEntered2011 } from './shenzhen-guizhou-2011-assessment-steps.js';

const recorded = /* @__PURE__ */ recordAssessment2011();

/** The steps of the 2011 assessment of Shenzhen (illustrative days): the cross-check comes three days late. */
export const seedAssessmentCommands2011: readonly AssessmentCommand[] = recorded.commands;

/** The 2011 assessment of Shenzhen as its stored, hash-chained log. */
export const seedAssessmentLog2011: AssessmentEventLog = recorded.log;

/** Where it stands after the report. */
export const seedAssessmentStanding2011: AssessmentStanding = recorded.standing;

/**
 * The 2011 assessment report: Shenzhen's view with its entered judgement and its recorded steps, then Bijie's
 * and Qiannan's, by the illustrative configuration.
 */
export const seedAssessmentReport2011: AssessmentReport = recorded.report;
