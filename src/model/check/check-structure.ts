import type { IsoDate } from '../../dates/iso-date.js';
import { createIssue, type Issue } from '../../errors/issue.js';
import { fenToDecimalString } from '../../money/amount.js';
import { isWithinRegion, type RegionCode } from '../../regions/region-code.js';
import type { Pairing } from '../pairing.js';
import type { Programme } from '../programme.js';
import type { ProgrammeIndex } from './programme-index.js';

/** The references of organisations and plans, and the periods of pairings and plans. */
export function checkOrganisationsPairingsPlans(programme: Programme, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
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
export function checkProjects(programme: Programme, index: ProgrammeIndex): Issue[] {
  const issues: Issue[] = [];
  programme.projects.forEach((project, p) => {
    const at = ['projects', p] as const;
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
    if (!isPaired(programme.pairings, donor, project.location.region, project.year)) {
      issues.push(
        createIssue('recipient-not-paired', [...at, 'location', 'region'], {
          donor,
          recipient: project.location.region,
          year: project.year,
        }),
      );
    }
  });
  return issues;
}

/** Whether some pairing of a region containing `donor` with a region containing `recipient` runs in `year`. */
export function isPaired(pairings: readonly Pairing[], donor: RegionCode, recipient: RegionCode, year: number): boolean {
  const first = `${year}-01-01` as IsoDate;
  const last = `${year}-12-31` as IsoDate;
  return pairings.some(
    (pairing) =>
      pairing.from <= last &&
      (pairing.to === undefined || pairing.to >= first) &&
      isWithinRegion(donor, pairing.donor) &&
      isWithinRegion(recipient, pairing.recipient),
  );
}
