import type { DeclaredCountRule } from '../../beneficiaries/choose-declared-counts.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { Issue } from '../../errors/issue.js';
import type { RollUpOptions } from '../../model/rollup/roll-up-options.js';
import type { SourceReference } from '../../model/source.js';
import { findRegion } from '../../regions/find-region.js';
import { gb2260Registry } from '../../regions/gb2260-registry.js';
import { isWithinRegion, regionAtLevel, regionLevel, type RegionCode } from '../../regions/region-code.js';
import type { RegionRegistry } from '../../regions/region-registry.js';
import { successorRegionCode } from '../../regions/region-successions.js';
import type { AnnualReportOptions } from '../annual-report-options.js';
import type { ReportRegion } from '../annual-report.js';
import { sourceKey } from './source-key.js';

const DEFAULT_RULE: DeclaredCountRule = { rule: 'largest' };

/** What every section of a report needs: the year, the region logic, the rules, and the collected issues and sources. */
export interface ReportContext {
  readonly year: number;
  /** The last day of the year: the figures and statuses are as of its end. */
  readonly yearEnd: IsoDate;
  /** The date whose division codes the report shows. */
  readonly asOf: IsoDate;
  /** The roll-up options that total regions under the codes of `asOf`. */
  readonly rollUpOptions: RollUpOptions;
  readonly rule: DeclaredCountRule;
  readonly issues: Issue[];
  ruleFor(figure: string): DeclaredCountRule;
  /** The code in force on the report's date for the area a record's code names. */
  current(code: RegionCode): RegionCode;
  /** The prefecture (in today's code) a code lies in, or the code itself when it is coarser. */
  prefectureOf(code: RegionCode): RegionCode;
  inRecipients(code: RegionCode): boolean;
  inDonor(code: RegionCode): boolean;
  /** The name a code was listed under on a date, from the registry. */
  nameOn(code: RegionCode, date: IsoDate): ReportRegion['name'];
  /** A region as the report shows it, with the codes of the data that stand for it. */
  region(current: RegionCode, codesInData?: Iterable<RegionCode>): ReportRegion;
  cite(source: SourceReference | undefined): void;
  readonly sources: SourceReference[];
}

/** Sets up the context of one report. */
export function createReportContext(options: AnnualReportOptions): ReportContext {
  const asOf = options.regionsAsOf ?? (`${options.year}-12-31` as IsoDate);
  let registry: RegionRegistry | undefined = options.registry;
  const currentCodes = new Map<RegionCode, RegionCode>();
  const current = (code: RegionCode): RegionCode => {
    let found = currentCodes.get(code);
    if (found === undefined) {
      registry ??= gb2260Registry();
      found = successorRegionCode(code, asOf, { registry });
      currentCodes.set(code, found);
    }
    return found;
  };
  const recipients = options.recipients.flatMap((code) => [code, current(code)]);
  const donor = [options.donor, current(options.donor)];
  const sources: SourceReference[] = [];
  const seenSources = new Set<string>();
  const names = new Map<RegionCode, ReportRegion['name'] | null>();

  const nameOf = (code: RegionCode): ReportRegion['name'] => {
    let found = names.get(code);
    if (found === undefined) {
      registry ??= gb2260Registry();
      const region =
        findRegion(registry, code, asOf, { acceptNextRevision: true }) ?? findRegion(registry, code, `${options.year}-01-01` as IsoDate);
      found = region?.name ?? null;
      names.set(code, found);
    }
    return found ?? undefined;
  };

  return {
    year: options.year,
    yearEnd: `${String(options.year).padStart(4, '0')}-12-31` as IsoDate,
    asOf,
    rollUpOptions: options.registry === undefined ? { regionsAsOf: asOf } : { regionsAsOf: asOf, registry: options.registry },
    rule: options.figureRule ?? DEFAULT_RULE,
    issues: [],
    sources,
    ruleFor: (figure) => options.figureRules?.[figure] ?? options.figureRule ?? DEFAULT_RULE,
    current,
    prefectureOf: (code) => {
      const now = current(code);
      return regionLevel(now) === 'province' ? now : (regionAtLevel(now, 'prefecture') ?? now);
    },
    inRecipients: (code) => {
      const now = current(code);
      return recipients.some((outer) => isWithinRegion(code, outer) || isWithinRegion(now, outer));
    },
    inDonor: (code) => {
      const now = current(code);
      return donor.some((outer) => isWithinRegion(code, outer) || isWithinRegion(now, outer));
    },
    nameOn: (code, date) => {
      registry ??= gb2260Registry();
      return findRegion(registry, code, date, { acceptNextRevision: true })?.name;
    },
    region: (code, codesInData = []) => {
      const name = nameOf(code);
      const others = [...new Set(codesInData)].filter((other) => other !== code).sort();
      return name === undefined ? { code, codesInData: others } : { code, name, codesInData: others };
    },
    cite: (source) => {
      if (source === undefined) return;
      const key = sourceKey(source);
      if (seenSources.has(key)) return;
      seenSources.add(key);
      sources.push(source);
    },
  };
}
