import { fail, succeed, type Result } from '../errors/result.js';
import { prefixIssues, type Issue } from '../errors/issue.js';
import type { OrganisationId } from '../model/ids.js';
import type { LocalizedText } from '../model/text.js';
import type { RegionCode } from '../regions/region-code.js';
import type { RegionRegistry } from '../regions/region-registry.js';
import type { AssessmentArea } from './assessment-areas.js';
import type { AssessmentConfiguration } from './assessment-configuration.js';
import type { AssessmentFinding, AssessmentStanding, AssessmentStatus, AssessmentEventType } from './assessment-steps.js';
import { assessPairingYear, type AssessedIndicator, type EnteredFigure, type PairingAssessment, type PairingYearInput } from './assess-pairing-year.js';

/** A figure an assessment lacks: which indicator, why, and the points it leaves open. */
export interface MissingFigure {
  readonly area: AssessmentArea;
  readonly indicator: string;
  readonly name: LocalizedText;
  readonly reason: NonNullable<AssessedIndicator['missing']>;
  readonly points: string;
}

/** One step of an assessment's progress, as a report shows it. */
export interface AssessmentProgressStep {
  readonly event: AssessmentEventType;
  readonly by: OrganisationId;
  readonly on: string;
  readonly due?: string;
  readonly late?: boolean;
  readonly reason?: string;
  readonly finding?: AssessmentFinding;
}

/** Where a view's assessment stands on its calendar, from its recorded steps. */
export interface AssessmentProgress {
  readonly status: AssessmentStatus;
  readonly steps: readonly AssessmentProgressStep[];
}

/** One side's assessment: the donor's, or one recipient's. */
export interface AssessmentView {
  readonly side: 'donor' | 'recipient';
  readonly assessed: RegionCode;
  readonly assessment: PairingAssessment;
  /** Every indicator without a figure, in the order of the configuration. */
  readonly missing: readonly MissingFigure[];
  /** Its recorded steps, when the standing of its assessment was given. */
  readonly progress?: AssessmentProgress;
}

/** A year's assessment report: the donor's view, then each recipient's. */
export interface AssessmentReport {
  readonly year: number;
  readonly donor: RegionCode;
  readonly recipients: readonly RegionCode[];
  readonly configuration: { readonly name: LocalizedText; readonly illustrative: boolean };
  readonly views: readonly AssessmentView[];
}

/** Options of {@link buildAssessmentReport}. */
export interface BuildAssessmentReportOptions {
  readonly year: number;
  readonly donor: RegionCode;
  readonly recipients: readonly RegionCode[];
  /** A configuration for the recipients' views; the donor's is used when left out. */
  readonly recipientConfiguration?: AssessmentConfiguration;
  /** Figures entered for each recipient's view, by its code; the input's `entered` are the donor's. */
  readonly recipientEntered?: Readonly<Record<string, readonly EnteredFigure[]>>;
  /** The recorded standings of the assessments ({@link replayAssessmentLog}), shown with the view they are of. */
  readonly standings?: readonly AssessmentStanding[];
  readonly registry?: RegionRegistry;
}

/**
 * The assessment report of a year, per side: the donor's assessment on what it gave all its recipients, then
 * each recipient's on its own share — per area and overall, with every figure's sources, the scores, the grade,
 * what is missing and, when given, where each assessment stands on its calendar. A record for several
 * recipients together that cannot be split is missing in each recipient's view, never divided by a guess.
 *
 * @param input - the record, the non-project aid and the donor's entered figures
 * @param configuration - the donor's configuration (and the recipients', unless they have their own)
 * @param options - the year, the sides, the recipients' entered figures and the recorded standings
 * @returns the report, or the issues of {@link assessPairingYear} (under `views` and the view's index)
 *
 * @example
 * ```ts
 * import { seedNonProjectAid2011, seedRecord2011 } from 'pairing-aid/examples/2011'
 * const report = unwrap(buildAssessmentReport(
 *   { record: seedRecord2011, nonProjectAid: seedNonProjectAid2011, entered: [] },
 *   illustrativeAssessmentConfiguration,
 *   { year: 2011, donor: regionCode('440300'), recipients: [regionCode('522400'), regionCode('522700')] },
 * ));
 * report.views.map((view) => [view.side, view.assessed, view.assessment.score, view.missing.length]);
 * //=> [['donor', '440300', '52.50', 7], ['recipient', '522400', '10.00', 11], ['recipient', '522700', '15.00', 11]]
 * ```
 */
export function buildAssessmentReport(input: PairingYearInput, configuration: AssessmentConfiguration, options: BuildAssessmentReportOptions): Result<AssessmentReport> {
  const registry = options.registry === undefined ? {} : { registry: options.registry };
  const sides: readonly { readonly side: 'donor' | 'recipient'; readonly assessed: RegionCode; readonly recipients: readonly RegionCode[] }[] = [
    { side: 'donor', assessed: options.donor, recipients: options.recipients },
    ...options.recipients.map((recipient) => ({ side: 'recipient' as const, assessed: recipient, recipients: [recipient] })),
  ];
  const issues: Issue[] = [];
  const views: AssessmentView[] = [];
  sides.forEach((side, index) => {
    const entered = side.side === 'donor' ? input.entered : (options.recipientEntered?.[side.assessed] ?? []);
    const used = side.side === 'donor' ? configuration : (options.recipientConfiguration ?? configuration);
    const assessed = assessPairingYear({ ...input, entered }, used, { year: options.year, donor: options.donor, recipients: side.recipients, ...registry });
    if (!assessed.ok) {
      issues.push(...prefixIssues(assessed.issues, ['views', index]));
      return;
    }
    const standing = options.standings?.find((candidate) => candidate.year === options.year && candidate.assessed === side.assessed);
    views.push({ side: side.side, assessed: side.assessed, assessment: assessed.value, missing: missingOf(assessed.value), ...(standing === undefined ? {} : { progress: progressOf(standing) }) });
  });
  if (issues.length > 0) return fail(issues);
  return succeed({
    year: options.year,
    donor: options.donor,
    recipients: options.recipients,
    configuration: { name: configuration.name, illustrative: configuration.illustrative || (options.recipientConfiguration?.illustrative ?? false) },
    views,
  });
}

function missingOf(assessment: PairingAssessment): MissingFigure[] {
  return assessment.areas.flatMap((area) =>
    area.indicators.filter((indicator) => indicator.status === 'missing').map((indicator) => ({ area: area.area, indicator: indicator.id, name: indicator.name, reason: indicator.missing ?? 'no-data', points: indicator.points })),
  );
}

function progressOf(standing: AssessmentStanding): AssessmentProgress {
  return {
    status: standing.status,
    steps: standing.steps.map((step) => ({
      event: step.event,
      by: step.by.organisation,
      on: step.on,
      ...(step.due === undefined ? {} : { due: step.due, late: step.late === true }),
      ...(step.reason === undefined ? {} : { reason: step.reason }),
      ...(step.finding === undefined ? {} : { finding: step.finding }),
    })),
  };
}
