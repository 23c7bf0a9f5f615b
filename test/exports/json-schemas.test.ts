import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  seedAnnualReportInput2011,
  seedDeclaredBeneficiaries2011,
  seedDeclaredProjects2011,
  seedNonProjectAid2011,
  seedReportOptions2011,
} from '../../examples/data/shenzhen-guizhou-2011.js';
import {
  annualReportToJSON,
  assessmentReportToJSON,
  beneficiarySummaryToJSON,
  buildAnnualReport,
  emptyBeneficiarySummary,
  organisationId,
  parseFund,
  parseResidentId,
  residentIdCheckCharacter,
  parseAmount,
  parseRegionCode,
  rollUpProgramme,
  snapshotJsonSchema,
  snapshotSchemaNames,
  type SnapshotSchemaName,
} from '../../src/index.js';
import { reachEveryState } from '../lifecycle/fixtures.js';
import { appendToEventLog } from '../../src/index.js';
import { recordSeedLifecycle } from '../../examples/database/seed-lifecycle.js';
import { seedProgramme2011 } from './fixtures.js';
import { seedAssessmentReport2011 } from '../../examples/data/shenzhen-guizhou-2011-assessment.js';

const committed = (name: SnapshotSchemaName) => readFileSync(new URL(`../../schemas/${name}.json`, import.meta.url), 'utf8');

// A CommonJS package: its class is the module's `default` property under NodeNext.
const ajv = new Ajv2020Module.default({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = Object.fromEntries(snapshotSchemaNames.map((name) => [name, ajv.compile(JSON.parse(committed(name)) as object)])) as Record<
  SnapshotSchemaName,
  ReturnType<typeof ajv.compile>
>;
// A validator of one definition under a schema's `$defs`.
const definition = (name: SnapshotSchemaName, id: string) =>
  ajv.compile({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...(snapshotJsonSchema(name).$defs as Record<string, object>)[id] });
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const valid = (name: SnapshotSchemaName, value: unknown) => {
  const ok = validators[name](json(value));
  return ok ? true : JSON.stringify(validators[name].errors);
};

describe('snapshotJsonSchema', () => {
  it('names one schema for every file in schemas/, and no other', () => {
    const files = readdirSync(new URL('../../schemas/', import.meta.url)).filter((file) => file.endsWith('.json'));
    expect([...snapshotSchemaNames].sort()).toEqual(files.map((file) => file.slice(0, -'.json'.length)).sort());
  });

  it('matches the committed files in schemas/ (regenerate with npx tsx scripts/build-json-schemas.ts)', () => {
    for (const name of snapshotSchemaNames) expect(committed(name), name).toBe(`${JSON.stringify(snapshotJsonSchema(name), null, 2)}\n`);
  });

  it('accepts the seed programme and each of its parts', () => {
    expect(valid('programme', seedProgramme2011)).toBe(true);
    for (const project of seedProgramme2011.projects) {
      expect(valid('project', project)).toBe(true);
      for (const sub of project.subProjects) expect(valid('sub-project', sub)).toBe(true);
    }
    for (const fund of seedProgramme2011.funds) expect(valid('fund', fund)).toBe(true);
    for (const entry of seedProgramme2011.ledger) expect(valid('ledger-entry', entry)).toBe(true);
    for (const organisation of seedProgramme2011.organisations) expect(valid('organisation', organisation)).toBe(true);
    for (const pairing of seedProgramme2011.pairings) expect(valid('pairing', pairing)).toBe(true);
    expect(valid('roll-up', rollUpProgramme(seedProgramme2011))).toBe(true);
    expect(valid('plan', { id: '12th-five-year', kind: 'multi-year', name: { zh: '十二五规划' }, fromYear: 2011, toYear: 2015, agreed: [{ amount: '1200000000.00' }], targets: [{ measure: 'projects', value: '150', unit: '个' }] })).toBe(true);
  });

  it('accepts stored event logs with every kind of event', () => {
    expect(valid('event-log', recordSeedLifecycle(seedProgramme2011.projects[0]!, seedProgramme2011.organisations).log)).toBe(true);
    for (const { events } of reachEveryState().values()) expect(valid('event-log', appendToEventLog([], events))).toBe(true);
  });

  it('refuses what the parsers refuse: wrong amounts, codes, ids, unknown fields and empty texts', () => {
    const [project] = seedProgramme2011.projects;
    expect(valid('project', { ...json(project) as object, budget: '1.234' })).not.toBe(true);
    expect(valid('project', { ...json(project) as object, location: { region: '99000' } })).not.toBe(true);
    expect(valid('project', { ...json(project) as object, name: {} })).not.toBe(true);
    expect(valid('project', { ...json(project) as object, colour: 'red' })).not.toBe(true);
    expect(valid('organisation', { id: ' office', name: { en: 'Office' }, kind: 'support-office' })).not.toBe(true);
    const log = json(recordSeedLifecycle(project!, seedProgramme2011.organisations).log) as { event: Record<string, unknown> }[];
    expect(valid('event-log', log.map((entry, i) => (i === 0 ? { ...entry, event: { ...entry.event, grade: 'pass' } } : entry)))).not.toBe(true);
  });

  it('refuses amounts given as numbers, as the parsers do, whether exact at fen or not', () => {
    const fund = json(seedProgramme2011.funds[0]) as Record<string, unknown>;
    for (const total of [12.345, 12.34, 46910000]) {
      expect(valid('fund', { ...fund, total })).not.toBe(true);
      expect(parseFund({ ...fund, total }).ok).toBe(false);
    }
    expect(valid('fund', { ...fund, total: '46910000.00' })).toBe(true);
  });

  it('accepts the 2011 non-project aid, declared figures and annual report', () => {
    for (const record of seedNonProjectAid2011) expect(valid('non-project-aid', record)).toBe(true);
    expect(valid('non-project-aid-records', seedNonProjectAid2011)).toBe(true);
    for (const count of seedDeclaredBeneficiaries2011) expect(valid('declared-count', count)).toBe(true);
    for (const count of seedDeclaredProjects2011) expect(valid('declared-project-count', count)).toBe(true);
    expect(valid('annual-report', annualReportToJSON(buildAnnualReport(seedAnnualReportInput2011, seedReportOptions2011)))).toBe(true);
    expect(valid('assessment-report', assessmentReportToJSON(seedAssessmentReport2011))).toBe(true);
    expect(valid('beneficiary-summary', beneficiarySummaryToJSON(emptyBeneficiarySummary('county')))).toBe(true);
  });

  describe('properties', () => {
    it('accepts exactly the resident IDs the parser accepts, given the right check character', () => {
      const residentIdValid = definition('identified-beneficiaries', 'ResidentId');
      const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
      const pad = (value: number, length: number) => String(value).padStart(length, '0');
      const first17 = fc
        .tuple(digits(6), fc.integer({ min: 1800, max: 2500 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), digits(3))
        .map(([region, year, month, day, sequence]) => `${region}${year}${pad(month, 2)}${pad(day, 2)}${sequence}`);
      fc.assert(
        fc.property(fc.oneof(first17, digits(17)), (prefix) => {
          const id = `${prefix}${residentIdCheckCharacter(prefix)}`;
          expect(residentIdValid(id), id).toBe(parseResidentId(id).ok);
        }),
        { numRuns: 2000 },
      );
      for (const id of ['11010518500229001', '11010519000229001', '11010520000229001', '11010521000229001', '11010518520229001']) {
        expect(residentIdValid(`${id}${residentIdCheckCharacter(id)}`), id).toBe(parseResidentId(`${id}${residentIdCheckCharacter(id)}`).ok);
      }
    });

    it('accepts only amount strings the parser reads', () => {
      const amountValid = definition('fund', 'Amount');
      fc.assert(
        fc.property(fc.oneof(fc.stringMatching(/^-?\d{1,20}(\.\d{0,3})?$/), fc.string()), (text) => {
          if (amountValid(text)) expect(parseAmount(text).ok).toBe(true);
        }),
      );
    });

    it('accepts exactly the division codes and ids the parsers accept', () => {
      const regionValid = definition('pairing', 'RegionCode');
      const idValid = definition('organisation', 'OrganisationId');
      fc.assert(
        fc.property(fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 7 })), (text) => {
          expect(regionValid(text)).toBe(parseRegionCode(text).ok);
        }),
      );
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 130 }), fc.string({ minLength: 120, maxLength: 135 })), (text) => {
          let parsed = true;
          try {
            organisationId(text);
          } catch {
            parsed = false;
          }
          expect(idValid(text)).toBe(parsed);
        }),
      );
    });
  });
});
