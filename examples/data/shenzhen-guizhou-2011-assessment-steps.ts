// The parts of the 2011 assessment that need no score, and recordAssessment2011, which scores the year and records
// its steps at each call: importing this file assesses nothing. The story of the data is told in
// shenzhen-guizhou-2011-assessment.ts, which holds the assessment as recorded.
import {
  actor,
  appendToAssessmentLog,
  applyAssessmentCommand,
  assessPairingYear,
  buildAssessmentReport,
  illustrativeAssessmentConfiguration,
  organisationId,
  regionCode,
  timestamp,
  unwrap,
  type AssessmentCommand,
  type AssessmentContext,
  type AssessmentEvent,
  type AssessmentEventLog,
  type AssessmentReport,
  type AssessmentStanding,
  type EnteredFigure,
  type Organisation,
} from '../../src/index.js';
import { seedNonProjectAid2011, seedSection2011 } from './shenzhen-guizhou-2011.js';
import { seedRecord2011 } from './shenzhen-guizhou-2011-lifecycles.js';

const SHENZHEN = regionCode('440300');
const BIJIE = regionCode('522400');
const QIANNAN = regionCode('522700');

/**
 * The bodies that cross-check and assess, registered for the assessment beside the programme's own
 * organisations (illustrative): Guizhou's poverty alleviation office and Guangdong's leading group.
 */
export const assessmentBodies2011: readonly Organisation[] = [
  { id: organisationId('gz-poverty-office'), name: { zh: '贵州省扶贫开发办公室', en: 'Guizhou Poverty Alleviation and Development Office' }, kind: 'provincial-government', region: regionCode('520000') },
  { id: organisationId('gd-leading-group'), name: { zh: '广东省扶贫开发领导小组', en: 'Guangdong Leading Group for Poverty Alleviation and Development' }, kind: 'leading-group', region: regionCode('440000') },
];

/** Who may move the 2011 assessment of Shenzhen: its own office self-evaluates, Guizhou cross-checks, Guangdong assesses (illustrative). */
export const seedAssessmentContext2011: AssessmentContext = {
  year: 2011,
  assessed: SHENZHEN,
  donor: SHENZHEN,
  recipients: [BIJIE, QIANNAN],
  organisations: [...seedRecord2011.programme.organisations, ...assessmentBodies2011],
  crossCheckers: [organisationId('gz-poverty-office')],
  assessors: [organisationId('gd-leading-group')],
};

/** What the donor's view enters: the cooperation was on the agenda of the municipal party committee and government (the source's Working mechanism). */
export const seedAssessmentEntered2011: readonly EnteredFigure[] = [
  { indicator: 'on-party-agenda', value: 'yes', source: seedSection2011({ zh: '工作机制', en: 'Working mechanism' }) },
];

const pairing = { year: 2011, donor: SHENZHEN, recipients: [BIJIE, QIANNAN] };
const findingOf = (entered: readonly EnteredFigure[]) => {
  const assessed = unwrap(assessPairingYear({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered }, illustrativeAssessmentConfiguration, pairing));
  return { score: assessed.score, grade: assessed.grade };
};

const office = actor(organisationId('sz-support-office'), 'support-office');
const guizhou = actor(organisationId('gz-poverty-office'), 'provincial-government');
const guangdong = actor(organisationId('gd-leading-group'), 'leading-group');
const at = (day: string) => timestamp(`${day}T10:00:00+08:00`);

/** The 2011 assessment of Shenzhen as recorded: its commands, their events as a stored log, its standing, and the report. */
export interface RecordedAssessment2011 {
  /** The steps (illustrative days): the cross-check comes three days late. */
  readonly commands: readonly AssessmentCommand[];
  readonly log: AssessmentEventLog;
  /** Where it stands after the report. */
  readonly standing: AssessmentStanding;
  /** Shenzhen's view with its entered judgement and its recorded steps, then Bijie's and Qiannan's. */
  readonly report: AssessmentReport;
}

/**
 * Scores the 2011 year by the illustrative configuration, records the steps of Shenzhen's assessment on
 * {@link seedAssessmentContext2011} and builds the report: what `seedAssessmentCommands2011`,
 * `seedAssessmentLog2011`, `seedAssessmentStanding2011` and `seedAssessmentReport2011` hold, made anew at each call.
 */
export function recordAssessment2011(): RecordedAssessment2011 {
  const before = findingOf([]);
  const after = findingOf(seedAssessmentEntered2011);
  const commands: readonly AssessmentCommand[] = [
    { type: 'self-evaluate', by: office, at: at('2011-12-28'), finding: before },
    { type: 'return-self-evaluation', by: guizhou, at: at('2012-01-10'), reason: '组织领导部分未填报列入议事日程情况' },
    { type: 'correct-self-evaluation', by: office, at: at('2012-01-16'), reason: '补报列入市委市政府重要议事日程的依据', finding: after },
    { type: 'cross-check', by: guizhou, at: at('2012-02-03'), finding: after },
    { type: 'report', by: guangdong, at: at('2012-02-24'), finding: after },
  ];
  let standing: AssessmentStanding | undefined;
  const events: AssessmentEvent[] = [];
  for (const command of commands) {
    const applied = unwrap(applyAssessmentCommand(standing, command, seedAssessmentContext2011));
    standing = applied.standing;
    events.push(applied.event);
  }
  const reported = standing as AssessmentStanding;
  const report = unwrap(
    buildAssessmentReport({ record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: seedAssessmentEntered2011 }, illustrativeAssessmentConfiguration, {
      ...pairing,
      standings: [reported],
    }),
  );
  return { commands, log: appendToAssessmentLog([], events), standing: reported, report };
}
