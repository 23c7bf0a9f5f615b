import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountFromFen,
  annualReportToJSON,
  buildAnnualReport,
  checkProgramme,
  donorShareOf,
  exportIatiActivities,
  exportOc4idsProjects,
  ledgerEntryId,
  organisationId,
  parseProgrammeRecord,
  regionCode,
  rollUpProgramme,
  totalInvestmentOf,
  unwrap,
  type FundingSource,
  type LedgerEntry,
  type Organisation,
  type ProgrammeRecord,
  type Project,
} from '../../src/index.js';
import { seedAnnualReportInput2011, seedReportOptions2011 } from '../../examples/data/index.js';
import { iatiOptions, oc4idsOptions, seedRecord2011 } from './fixtures.js';
import { oc4idsValidators } from './standards.js';

const enterprise: Organisation = { id: organisationId('sz-enterprise-a'), name: { zh: '深圳某集团有限公司', en: 'A Shenzhen group company' }, kind: 'enterprise', region: regionCode('440300') };
const base: ProgrammeRecord = { ...seedRecord2011, programme: { ...seedRecord2011.programme, organisations: [...seedRecord2011.programme.organisations, enterprise] } };
const projects = base.programme.projects;
const districts = ['440303', '440304', '440305', '440306', '440307', '440308'].map((code) => regionCode(code));

interface Cofinancing {
  readonly project: number;
  readonly cityFen: bigint;
  readonly district: (typeof districts)[number];
  readonly localFen: bigint;
  readonly labourFen: bigint;
  readonly enterpriseFen: bigint;
}

// Some projects co-financed: the donor's budget split between the city and a district, beside the county's
// integrated funds (booked in the ledger as the donor's money is), the farmers' labour and an enterprise's gift.
const anyCofinancing: fc.Arbitrary<readonly Cofinancing[]> = fc.uniqueArray(
  fc.record({
    project: fc.nat(projects.length - 1),
    cityFen: fc.bigInt({ min: 0n, max: 10n ** 8n }),
    district: fc.constantFrom(...districts),
    localFen: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    labourFen: fc.bigInt({ min: 1n, max: 10n ** 7n }),
    enterpriseFen: fc.bigInt({ min: 0n, max: 10n ** 8n }),
  }),
  { minLength: 1, maxLength: 4, selector: (cofinancing) => cofinancing.project },
);

function cofinance(plan: readonly Cofinancing[]): ProgrammeRecord {
  const byIndex = new Map(plan.map((cofinancing) => [cofinancing.project, cofinancing]));
  const ledger: LedgerEntry[] = [...base.programme.ledger];
  const funded = projects.map((project, p): Project => {
    const found = byIndex.get(p);
    if (found === undefined) return project;
    const city = found.cityFen > project.budget.fen ? project.budget.fen : found.cityFen;
    // The county's lines cover twice the donor's budget, so the donor's entries copied as the county's stay within them.
    const localFen = 2n * project.budget.fen + found.localFen;
    const funding: FundingSource[] = [
      ...(city > 0n ? [{ source: 'east-west-cooperation' as const, amount: amountFromFen(city) }] : []),
      ...(city < project.budget.fen ? [{ source: 'east-west-cooperation' as const, donor: found.district, amount: amountFromFen(project.budget.fen - city) }] : []),
      { source: 'local-integrated', amount: amountFromFen(localFen) },
      { source: 'beneficiary-contribution', form: 'labour', amount: amountFromFen(found.labourFen) },
      ...(found.enterpriseFen > 0n ? [{ source: 'enterprise-social' as const, funder: enterprise.id, amount: amountFromFen(found.enterpriseFen) }] : []),
    ];
    for (const entry of base.programme.ledger) {
      if (entry.project !== project.id || entry.amount.fen <= 0n) continue;
      const { purpose: _purpose, finalPayment: _final, ...rest } = entry;
      ledger.push({ ...rest, id: ledgerEntryId(`${entry.id}-local`), source: 'local-integrated' });
    }
    const total = funding.reduce((sum, line) => sum + line.amount.fen, 0n);
    return { ...project, funding, totalInvestment: amountFromFen(total) };
  });
  return { ...base, programme: { ...base.programme, projects: funded, ledger } };
}

// Every <budget> and <transaction> of the IATI file, with the activity they belong to.
function iatiMoney(xml: string): string[] {
  return [...xml.matchAll(/<iati-activity[\s\S]*?<\/iati-activity>/g)].flatMap(([activity]) => {
    const id = /<iati-identifier>([^<]*)</.exec(activity)?.[1] ?? '';
    return [...activity.matchAll(/<(budget|transaction)\b[\s\S]*?<\/\1>/g)].map(([element]) => `${id} ${element}`);
  });
}

const budgetOf = (xml: string, identifier: string): bigint => {
  const activity = [...xml.matchAll(/<iati-activity[\s\S]*?<\/iati-activity>/g)].map(([found]) => found).find((found) => found.includes(`<iati-identifier>${identifier}<`)) ?? '';
  return [...activity.matchAll(/<budget\b[\s\S]*?<value[^>]*>([^<]*)</g)].reduce((sum, match) => sum + BigInt((match[1] ?? '0').replace('.', '')), 0n);
};

const report = (record: ProgrammeRecord) => annualReportToJSON(buildAnnualReport({ ...seedAnnualReportInput2011, record }, seedReportOptions2011));
const baseReport = report(base);
const validators = oc4idsValidators();

describe('co-financed projects', () => {
  describe('properties', () => {
    it('keep the rules, and every donor figure is the sum of the east–west lines: the report, roll-ups, IATI budgets and transactions', () => {
      const baseIati = unwrap(exportIatiActivities(base, iatiOptions()));
      fc.assert(
        fc.property(anyCofinancing, (plan) => {
          const record = cofinance(plan);
          expect(checkProgramme(record)).toEqual([]);
          expect(report(record)).toEqual(baseReport);
          expect(rollUpProgramme(record.programme)).toEqual(rollUpProgramme(base.programme));
          const xml = unwrap(exportIatiActivities(record, iatiOptions()));
          expect(iatiMoney(xml)).toEqual(iatiMoney(baseIati));
          for (const { project: p } of plan) {
            const project = record.programme.projects[p]!;
            const eastWest = (project.funding ?? []).filter((line) => line.source === 'east-west-cooperation').reduce((sum, line) => sum + line.amount.fen, 0n);
            expect(donorShareOf(project).fen).toBe(eastWest);
            expect(budgetOf(xml, `${iatiOptions().reportingOrganisation.ref}-${project.id}`)).toBe(eastWest);
          }
        }),
        { numRuns: 6 },
      );
    });

    it('publish the total investment in OC4IDS, broken down by source to the fen, in documents the schema accepts', () => {
      fc.assert(
        fc.property(anyCofinancing, (plan) => {
          const record = cofinance(plan);
          const published = JSON.parse(JSON.stringify(unwrap(exportOc4idsProjects(record, oc4idsOptions()))));
          expect(validators.projectPackage(published), JSON.stringify(validators.projectPackage.errors)).toBe(true);
          for (const { project: p } of plan) {
            const project = record.programme.projects[p]!;
            const document = published.projects.find((found: { id: string }) => found.id === `oc4ids-sz2011-${project.id}`);
            if (document === undefined) continue; // only infrastructure projects are OC4IDS projects
            const lines = document.budget.budgetBreakdowns.find((group: { id: string }) => group.id === 'funding-source').budgetBreakdown;
            const fen = (value: number) => BigInt(Math.round(value * 100));
            expect(fen(document.budget.amount.amount)).toBe(totalInvestmentOf(project).fen);
            expect(lines.reduce((sum: bigint, line: { amount: { amount: number } }) => sum + fen(line.amount.amount), 0n)).toBe(totalInvestmentOf(project).fen);
            expect(lines.length).toBe(project.funding?.length);
          }
        }),
        { numRuns: 4 },
      );
    });

    it('single-source snapshots give the same report as an explicit east–west line of the whole budget', () => {
      const explicit: ProgrammeRecord = {
        ...base,
        programme: { ...base.programme, projects: projects.map((project) => ({ ...project, funding: [{ source: 'east-west-cooperation', amount: project.budget }] })) },
      };
      expect(report(explicit)).toEqual(baseReport);
      const read = unwrap(parseProgrammeRecord(JSON.parse(JSON.stringify(base))));
      expect(report(read)).toEqual(baseReport);
    });
  });

  it('lists the other funders in IATI as funding organisations: the enterprise by name, the labour by its source', () => {
    const record = cofinance([{ project: 0, cityFen: 0n, district: regionCode('440305'), localFen: 0n, labourFen: 3_000_000n, enterpriseFen: 5_000_000n }]);
    const xml = unwrap(exportIatiActivities(record, iatiOptions()));
    const first = [...xml.matchAll(/<iati-activity[\s\S]*?<\/iati-activity>/g)][0]?.[0] ?? '';
    const funders = [...first.matchAll(/<participating-org[^>]*role="1"[^>]*>([\s\S]*?)<\/participating-org>/g)].map((match) =>
      [...(match[1] ?? '').matchAll(/<narrative xml:lang="(zh|en)">([^<]*)</g)].map((narrative) => narrative[2]),
    );
    expect(funders).toEqual([
      ['深圳市人民政府', "Shenzhen Municipal People's Government"],
      ['统筹整合财政涉农资金', 'integrated agriculture-related fiscal funds'],
      ['群众自筹（投工投劳折资）', "beneficiaries' own contribution (labour valued in money)"],
      ['深圳某集团有限公司', 'A Shenzhen group company'],
    ]);
  });
});
