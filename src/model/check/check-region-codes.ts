import type { IsoDate } from '../../dates/iso-date.js';
import type { Issue, IssuePath } from '../../errors/issue.js';
import type { RegionCode } from '../../regions/region-code.js';
import type { Programme } from '../programme.js';
import type { RegionCheck } from './policies.js';

const firstOfYear = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01` as IsoDate;

/**
 * The date a programme's undated codes (its donor, the regions of organisations without `regionAsOf`) are checked on: its
 * `referenceDate`, else 1 January of its earliest project year, else of its earliest fund year.
 */
export function programmeReferenceDate(programme: Programme): IsoDate | undefined {
  if (programme.referenceDate !== undefined) return programme.referenceDate;
  const years = programme.projects.length > 0 ? programme.projects.map((p) => p.year) : programme.funds.map((f) => f.year);
  return years.length === 0 ? undefined : firstOfYear(Math.min(...years));
}

/** Rule 19: hands every region code of the programme, with the date it must be valid on, to `check`. */
export function checkRegionCodes(programme: Programme, check: RegionCheck): Issue[] {
  const issues: Issue[] = [];
  const visit = (code: RegionCode | undefined, date: IsoDate | undefined, path: IssuePath): void => {
    if (code !== undefined && date !== undefined) issues.push(...check(code, date, path));
  };
  const reference = programmeReferenceDate(programme);
  visit(programme.donor, reference, ['donor']);
  programme.organisations.forEach((found, o) => visit(found.region, found.regionAsOf ?? reference, ['organisations', o, 'region']));
  programme.pairings.forEach((found, p) => {
    visit(found.donor, found.from, ['pairings', p, 'donor']);
    visit(found.recipient, found.from, ['pairings', p, 'recipient']);
  });
  programme.funds.forEach((found, f) => {
    const date = found.date ?? firstOfYear(found.year);
    found.recipients.forEach((code, r) => visit(code, date, ['funds', f, 'recipients', r]));
    found.breakdown.forEach((share, s) => visit(share.recipient, date, ['funds', f, 'breakdown', s, 'recipient']));
  });
  programme.plans.forEach((found, p) => {
    const date = firstOfYear(found.fromYear);
    found.agreed.forEach((agreed, a) => visit(agreed.recipient, date, ['plans', p, 'agreed', a, 'recipient']));
    found.targets.forEach((target, t) => visit(target.recipient, date, ['plans', p, 'targets', t, 'recipient']));
  });
  programme.projects.forEach((project, p) => {
    const date = project.locationDate ?? firstOfYear(project.year);
    visit(project.location.region, date, ['projects', p, 'location', 'region']);
    visit(project.donor, date, ['projects', p, 'donor']);
    project.subProjects.forEach((sub, s) => visit(sub.location.region, date, ['projects', p, 'subProjects', s, 'location', 'region']));
    // The donor region of each east–west funding line, the project's and its sub-projects'.
    const lines = [{ at: ['projects', p], activity: project }, ...project.subProjects.map((sub, s) => ({ at: ['projects', p, 'subProjects', s], activity: sub }))];
    for (const { at, activity } of lines) {
      activity.funding?.forEach((line, j) => visit(line.source === 'east-west-cooperation' ? line.donor : undefined, date, [...at, 'funding', j, 'donor']));
    }
  });
  return issues;
}
