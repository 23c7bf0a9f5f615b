import type { IsoDate } from '../../dates/iso-date.js';
import { createIssue, type Issue } from '../../errors/issue.js';
import { fenToDecimalString } from '../../money/amount.js';
import { isWithinRegion, type RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { pairingCovers } from '../pairing-covers.js';
import type { Pairing } from '../pairing.js';
import type { Programme } from '../programme.js';
import type { ProgrammeIndex } from './programme-index.js';

/** The references of organisations and plans, and the periods of pairings and plans. */
export function checkOrganisationsPairingsPlans(programme: Programme, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
  const period = programme.period;
  if (period !== undefined && period.toYear < period.fromYear) {
    issues.push(createIssue('programme-period-invalid', ['period', 'toYear'], { fromYear: period.fromYear, toYear: period.toYear }));
  }
  if (!index.organisations.has(programme.reportingOrganisation)) {
    issues.push(createIssue('organisation-unknown', ['reportingOrganisation'], { organisation: programme.reportingOrganisation }));
  }
  programme.organisations.forEach((found, o) => {
    if (found.parent !== undefined && !index.organisations.has(found.parent)) {
      issues.push(createIssue('organisation-unknown', ['organisations', o, 'parent'], { organisation: found.parent }));
    }
  });
  programme.pairings.forEach((found, p) => {
    if (found.to !== undefined && found.to < found.from) {
      issues.push(createIssue('pairing-period-invalid', ['pairings', p, 'to'], { from: found.from, to: found.to }));
    }
  });
  programme.plans.forEach((found, p) => {
    if (found.toYear < found.fromYear) {
      issues.push(createIssue('plan-period-invalid', ['plans', p, 'toYear'], { fromYear: found.fromYear, toYear: found.toYear }));
    }
    found.agreed.forEach((agreed, a) => {
      if (agreed.category !== undefined && !index.categories.has(agreed.category)) {
        issues.push(createIssue('fund-category-unknown', ['plans', p, 'agreed', a, 'category'], { category: agreed.category }));
      }
    });
  });
  return issues;
}

/**
 * Rules 2 and 4 and the projects' references: types and categories known, organisations known,
 * sub-projects within the budget and region of their project, the recipient paired with the donor.
 */
export function checkProjects(programme: Programme, index: ProgrammeIndex, registry?: RegionRegistry): Issue[] {
  const issues: Issue[] = [];
  programme.projects.forEach((project, p) => {
    const at = ['projects', p] as const;
    const lastYear = project.endYear ?? project.year;
    if (lastYear < project.year) {
      issues.push(createIssue('project-period-invalid', [...at, 'endYear'], { year: project.year, endYear: lastYear }));
    }
    const period = programme.period;
    if (period !== undefined && (project.year < period.fromYear || lastYear > period.toYear)) {
      issues.push(
        createIssue('project-outside-programme-period', [...at, 'year'], {
          from: project.year,
          to: lastYear,
          fromYear: period.fromYear,
          toYear: period.toYear,
        }),
      );
    }
    if (!index.types.has(project.type)) issues.push(createIssue('project-type-unknown', [...at, 'type'], { type: project.type }));
    if (!index.categories.has(project.category)) {
      issues.push(createIssue('fund-category-unknown', [...at, 'category'], { category: project.category }));
    }
    if (project.implementingUnit !== undefined && !index.organisations.has(project.implementingUnit)) {
      issues.push(createIssue('organisation-unknown', [...at, 'implementingUnit'], { organisation: project.implementingUnit }));
    }
    project.participations.forEach((participation, k) => {
      if (!index.organisations.has(participation.organisation)) {
        issues.push(
          createIssue('organisation-unknown', [...at, 'participations', k, 'organisation'], { organisation: participation.organisation }),
        );
      }
    });
    let subBudgets = 0n;
    project.subProjects.forEach((sub, s) => {
      const subAt = [...at, 'subProjects', s] as const;
      subBudgets += sub.budget.fen;
      if (!index.types.has(sub.type)) issues.push(createIssue('project-type-unknown', [...subAt, 'type'], { type: sub.type }));
      if (sub.implementingUnit !== undefined && !index.organisations.has(sub.implementingUnit)) {
        issues.push(createIssue('organisation-unknown', [...subAt, 'implementingUnit'], { organisation: sub.implementingUnit }));
      }
      if (!isWithinRegion(sub.location.region, project.location.region)) {
        issues.push(
          createIssue('sub-project-outside-region', [...subAt, 'location', 'region'], {
            region: sub.location.region,
            projectRegion: project.location.region,
          }),
        );
      }
    });
    if (subBudgets > project.budget.fen) {
      issues.push(
        createIssue('sub-project-budget-exceeded', [...at, 'subProjects'], {
          budget: project.budget.toJSON(),
          sum: fenToDecimalString(subBudgets),
        }),
      );
    }
    const donor = project.donor ?? programme.donor;
    const from = project.locationDate ?? firstDay(project.year);
    const to = project.locationDate ?? lastDay(Math.max(project.year, lastYear));
    if (!isPaired(programme.pairings, { donor, recipient: project.location.region, from, to }, registry)) {
      issues.push(
        createIssue('recipient-not-paired', [...at, 'location', 'region'], {
          donor,
          recipient: project.location.region,
          year: project.locationDate ?? (lastYear === project.year ? String(project.year) : `${project.year}–${lastYear}`),
        }),
      );
    }
  });
  return issues;
}

const firstDay = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01` as IsoDate;
const lastDay = (year: number): IsoDate => `${String(year).padStart(4, '0')}-12-31` as IsoDate;

/**
 * Whether some pairing covers the donor and recipient on one of the days, following code successions
 * (see {@link pairingCovers}); a year stands for its 365 or 366 days.
 */
export function isPaired(
  pairings: readonly Pairing[],
  activity: { readonly donor: RegionCode; readonly recipient: RegionCode; readonly from: IsoDate; readonly to: IsoDate } | { readonly donor: RegionCode; readonly recipient: RegionCode; readonly year: number },
  registry?: RegionRegistry,
): boolean {
  const days = 'year' in activity ? { from: firstDay(activity.year), to: lastDay(activity.year) } : activity;
  return pairings.some((pairing) => pairingCovers(pairing, { donor: activity.donor, recipient: activity.recipient, ...days }, registry));
}
