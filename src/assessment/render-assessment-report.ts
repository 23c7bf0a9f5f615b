import type { LocalizedText } from '../model/text.js';
import { assessmentAreaLabels, assessmentGradeLabels } from './assessment-areas.js';
import { assessmentStatusLabelsZh } from './assessment-labels.js';
import type { AssessmentReport, AssessmentView } from './assessment-report.js';
import { assessmentBodyLines, type RenderAssessmentOptions } from './render-pairing-assessment.js';

type Wording = { readonly zh: string; readonly en: string };

// The tables of words are made when a report is written, not when the module loads.
const reasonWords = (): Readonly<Record<string, Wording>> => ({
  'no-data': { zh: '数据中无此项', en: 'not in the data' },
  'not-split': { zh: '数据为多个受援地合计，无法拆分', en: 'recorded for several recipients together' },
  'not-entered': { zh: '未填报', en: 'not entered' },
});

const eventWords = (): Readonly<Record<string, Wording>> => ({
  'self-evaluated': { zh: '自评', en: 'self-evaluated' },
  'self-evaluation-returned': { zh: '退回自评', en: 'self-evaluation returned' },
  'self-evaluation-corrected': { zh: '修改自评', en: 'self-evaluation corrected' },
  'cross-checked': { zh: '交叉考核', en: 'cross-checked' },
  'cross-check-returned': { zh: '退回交叉考核结果', en: 'cross-check returned' },
  'cross-check-corrected': { zh: '复核交叉考核结果', en: 'cross-check corrected' },
  'reported': { zh: '上报', en: 'reported' },
});

const statusWordsEn = (): Readonly<Record<string, string>> => ({
  'self-evaluated': 'self-evaluated, to be cross-checked',
  'self-evaluation-returned': 'self-evaluation returned for correction',
  'cross-checked': 'cross-checked, to be reported',
  'cross-check-returned': 'cross-check returned for correction',
  'reported': 'reported',
});

/** Options of {@link renderAssessmentReport}. */
export interface RenderAssessmentReportOptions extends RenderAssessmentOptions {
  /** Names for the organisations that gave the steps; their ids are shown in English otherwise, nothing in Chinese. */
  readonly organisationName?: (id: string) => string | undefined;
}

/**
 * Writes a year's assessment report in Chinese or English: the donor's view, then each recipient's — per area
 * its score and each indicator's figure with its sources, the total and grade, what is missing with its reason
 * and points, and where the assessment stands on its calendar (each step's day, who gave it, its finding, late
 * steps flagged). The Chinese text shows no Latin letters: records are counted, not named by id.
 *
 * @param report - from {@link buildAssessmentReport}
 * @param options - the language and the names of regions and organisations
 * @returns the report as lines of text
 *
 * @example
 * ```ts
 * import { seedNonProjectAid2011, seedRecord2011 } from 'pairing-aid/examples/2011'
 * const report = unwrap(buildAssessmentReport(
 *   { record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] },
 *   illustrativeAssessmentConfiguration,
 *   { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] },
 * ));
 * const names: Record<string, string> = { '440300': '深圳市', '522400': '毕节地区', '522700': '黔南州' };
 * renderAssessmentReport(report, { locale: 'zh', regionName: (code) => names[code] }).split('\n').filter((line) => line.startsWith('【'));
 * //=> ['【援助方】深圳市：52.50 / 100.00，等次：差（暂定）', '【受援方】毕节地区：10.00 / 100.00，等次：差（暂定）', '【受援方】黔南州：15.00 / 100.00，等次：差（暂定）']
 * ```
 */
export function renderAssessmentReport(report: AssessmentReport, options: RenderAssessmentReportOptions): string {
  const zh = options.locale === 'zh';
  const pick = (text: Wording | LocalizedText): string => (zh ? (text.zh ?? text.en ?? '') : (text.en ?? text.zh ?? ''));
  const name = (code: string): string => options.regionName?.(code) ?? code;
  const lines = [
    zh ? `东西部扶贫协作考核报告（${report.year}年）` : `East–west cooperation assessment report ${report.year}`,
    zh
      ? `考核方案：${pick(report.configuration.name)}${report.configuration.illustrative ? '（示例，非官方标准）' : ''}`
      : `Configuration: ${pick(report.configuration.name)}${report.configuration.illustrative ? ' (illustrative, not an official standard)' : ''}`,
  ];
  for (const view of report.views) lines.push('', ...viewLines(view, zh, pick, name, options.organisationName));
  return lines.join('\n');
}

function viewLines(
  view: AssessmentView,
  zh: boolean,
  pick: (text: Wording | LocalizedText) => string,
  name: (code: string) => string,
  organisationName: ((id: string) => string | undefined) | undefined,
): string[] {
  const { assessment } = view;
  const grade = pick(assessmentGradeLabels[assessment.grade]);
  const lines = [
    zh
      ? `【${view.side === 'donor' ? '援助方' : '受援方'}】${name(view.assessed)}：${assessment.score} / ${assessment.maxScore}，等次：${grade}${assessment.provisional ? '（暂定）' : ''}`
      : `[${view.side === 'donor' ? 'Donor' : 'Recipient'}] ${name(view.assessed)}: ${assessment.score} / ${assessment.maxScore}, grade: ${grade}${assessment.provisional ? ' (provisional)' : ''}`,
    ...assessmentBodyLines(assessment, zh),
  ];
  if (view.missing.length > 0) {
    const items = view.missing.map((missing) =>
      zh
        ? `${pick(assessmentAreaLabels[missing.area])}·${pick(missing.name)}（${pick(reasonWords()[missing.reason] ?? reasonWords()['no-data']!)}，${missing.points}分）`
        : `${pick(assessmentAreaLabels[missing.area])}: ${pick(missing.name)} (${pick(reasonWords()[missing.reason] ?? reasonWords()['no-data']!)}, ${missing.points} points)`,
    );
    lines.push(zh ? `缺项：${items.join('；')}` : `Missing: ${items.join('; ')}`);
  }
  if (view.progress !== undefined) {
    const steps = view.progress.steps.map((step) => {
      const who = organisationName?.(step.by) ?? (zh ? '' : step.by);
      const found = step.finding === undefined ? '' : zh ? `，${step.finding.score}分，${pick(assessmentGradeLabels[step.finding.grade])}` : `, ${step.finding.score} points, ${pick(assessmentGradeLabels[step.finding.grade])}`;
      const late = step.late === true ? (zh ? `，逾期（应于${step.due}前）` : `, late (due by ${step.due})`) : '';
      const reason = step.reason === undefined ? '' : zh ? `，理由：${step.reason}` : `, reason: ${step.reason}`;
      const event = pick(eventWords()[step.event] ?? { zh: step.event, en: step.event });
      return zh ? `${step.on}${who === '' ? '' : ` ${who}`}${event}${found}${late}${reason}` : `${step.on} ${event}${who === '' ? '' : ` by ${who}`}${found}${late}${reason}`;
    });
    const status = zh ? assessmentStatusLabelsZh[view.progress.status] : (statusWordsEn()[view.progress.status] ?? view.progress.status);
    lines.push(zh ? `考核进程：${status}` : `Progress: ${status}`, ...steps.map((step) => `  ${step}`));
  }
  return lines;
}
