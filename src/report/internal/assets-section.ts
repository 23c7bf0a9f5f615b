import { sumAmounts } from '../../money/sum-amounts.js';
import { assetClasses } from '../../model/project-asset.js';
import type { AssetsSection } from '../annual-report.js';
import type { ReportData } from './report-data.js';
import type { ReportContext } from './report-context.js';
import type { ReportSelection } from './select-input.js';

/**
 * The assets the report's projects registered in the year, by class (operating, public-welfare, household), each
 * with its project, name, value and handover day. Owners and managers stay in the lifecycle: a household asset's
 * owner is a person.
 */
export function buildAssetsSection(data: ReportData, selection: ReportSelection, context: ReportContext): AssetsSection {
  const yearStart = `${String(context.year).padStart(4, '0')}-01-01`;
  const assets = selection.programme.projects.flatMap((project) =>
    (data.standings.get(project.id)?.lifecycle.assetRegistrations ?? [])
      .filter((registration) => registration.on >= yearStart && registration.on <= context.yearEnd)
      .flatMap((registration) =>
        registration.assets.map((asset) => ({ project: project.id, class: asset.class, name: asset.name, value: asset.value, handedOverOn: asset.handedOverOn, registeredOn: registration.on })),
      ),
  );
  const byClass = assetClasses.map((assetClass) => {
    const ofClass = assets.filter((asset) => asset.class === assetClass);
    return { class: assetClass, count: ofClass.length, value: sumAmounts(ofClass.map((asset) => asset.value)) };
  });
  return { byClass, assets };
}
