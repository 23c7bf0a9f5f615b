// Saves a programme as rows and reads it back through the library's parsers and assembleProgramme.
import {
  assembleProgramme,
  createIssue,
  fail,
  flattenProgramme,
  parseProgramme,
  parseProject,
  parseSubProject,
  prefixIssues,
  type ActivityRow,
  type Issue,
  type Programme,
  type ProjectId,
  type Result,
} from '../../src/index.js';
import type { SqlDatabase, SqlQueries } from './database.js';

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Stores the programme, replacing a stored one of the same id, in one transaction; tells which it did. */
export async function saveProgramme(db: SqlDatabase, programme: Programme): Promise<'stored' | 'replaced'> {
  const rows = flattenProgramme(programme);
  return db.transaction(async (tx) => {
    const deleted = await tx.query('DELETE FROM programmes WHERE id = $1 RETURNING id', [rows.id]);
    await tx.query(
      `INSERT INTO programmes (id, name, donor, reporting_organisation, reference_date, reported_in, fund_categories, project_types, organisations, pairings, plans)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [rows.id, json(rows.name), rows.donor, rows.reportingOrganisation, rows.referenceDate ?? null, json(rows.reportedIn), json(rows.fundCategories), json(rows.projectTypes), json(rows.organisations), json(rows.pairings), json(rows.plans)],
    );
    for (const [position, fund] of rows.funds.entries()) {
      await tx.query(
        `INSERT INTO funds (programme_id, position, id, donor, source, year, total, recipients, date, reported_in)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [rows.id, position, fund.id, fund.donor, fund.source, fund.year, fund.total.toJSON(), json(fund.recipients), fund.date ?? null, json(fund.reportedIn)],
      );
      for (const [sharePosition, share] of fund.breakdown.entries()) {
        await tx.query('INSERT INTO fund_shares (programme_id, fund_id, position, category, amount, recipient) VALUES ($1, $2, $3, $4, $5, $6)', [
          rows.id, fund.id, sharePosition, share.category, share.amount.toJSON(), share.recipient ?? null,
        ]);
      }
    }
    for (const [position, row] of rows.activities.entries()) await insertActivity(tx, rows.id, position, row);
    for (const [position, entry] of rows.ledger.entries()) {
      await tx.query(
        `INSERT INTO ledger_entries (programme_id, position, id, kind, project, sub_project, category, amount, date, reverses, final_payment, purpose, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [rows.id, position, entry.id, entry.kind, entry.project, entry.subProject ?? null, entry.category, entry.amount.toJSON(), entry.date, entry.reverses ?? null, entry.finalPayment ?? null, entry.purpose ?? null, json(entry.note)],
      );
    }
    return deleted.rows.length > 0 ? 'replaced' : 'stored';
  });
}

async function insertActivity(tx: SqlQueries, programme: string, position: number, row: ActivityRow): Promise<void> {
  const project = row.parent == null ? row : undefined;
  await tx.query(
    `INSERT INTO activities (programme_id, position, id, parent, name, type, region, township, village, area, budget, implementing_unit,
       performance_target, poverty_linkage, description, year, category, donor, participations, location_date)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
    [
      programme, position, row.id, row.parent ?? null, json(row.name), row.type, row.location.region, row.location.township ?? null,
      row.location.village ?? null, row.location.area ?? null, row.budget.toJSON(), row.implementingUnit ?? null, json(row.performanceTarget),
      json(row.povertyLinkage), json(row.description), project?.year ?? null, project?.category ?? null, project?.donor ?? null,
      json(project?.participations), project?.locationDate ?? null,
    ],
  );
}

// Drops the columns a row leaves empty: the snapshot leaves the field out rather than writing null.
function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

interface ProgrammeRecord {
  id: string; name: unknown; donor: string; reporting_organisation: string; reference_date: string | null; reported_in: unknown;
  fund_categories: unknown; project_types: unknown; organisations: unknown; pairings: unknown; plans: unknown;
}
interface FundRecord { id: string; donor: string; source: string; year: number; total: string; recipients: unknown; date: string | null; reported_in: unknown }
interface ShareRecord { fund_id: string; category: string; amount: string; recipient: string | null }
interface ActivityRecord {
  id: string; parent: string | null; name: unknown; type: string; region: string; township: string | null; village: string | null; area: string | null;
  budget: string; implementing_unit: string | null; performance_target: unknown; poverty_linkage: unknown; description: unknown;
  year: number | null; category: string | null; donor: string | null; participations: unknown; location_date: string | null;
}
interface LedgerRecord {
  id: string; kind: string; project: string; sub_project: string | null; category: string; amount: string; date: string;
  reverses: string | null; final_payment: boolean | null; purpose: string | null; note: unknown;
}

/**
 * Reads a programme back: every part through the library's parsers (amounts from their NUMERIC text, dates
 * from DATE as text), the flat project rows through {@link assembleProgramme}. Refuses with the issues of
 * whatever does not parse, with paths into the stored rows.
 */
export async function loadProgramme(db: SqlDatabase, id: string): Promise<Result<Programme>> {
  const [header] = (await db.query<ProgrammeRecord>(
    `SELECT id, name, donor, reporting_organisation, reference_date::text AS reference_date, reported_in, fund_categories, project_types,
       organisations, pairings, plans FROM programmes WHERE id = $1`, [id],
  )).rows;
  if (header === undefined) return fail([createIssue('invalid-input', ['programmes', id], { detail: `no programme ${id} is stored` })]);
  const funds = (await db.query<FundRecord>('SELECT id, donor, source, year, total::text AS total, recipients, date::text AS date, reported_in FROM funds WHERE programme_id = $1 ORDER BY position', [id])).rows;
  const shares = (await db.query<ShareRecord>('SELECT fund_id, category, amount::text AS amount, recipient FROM fund_shares WHERE programme_id = $1 ORDER BY fund_id, position', [id])).rows;
  const activities = (await db.query<ActivityRecord>(
    `SELECT id, parent, name, type, region, township, village, area, budget::text AS budget, implementing_unit, performance_target,
       poverty_linkage, description, year, category, donor, participations, location_date::text AS location_date
     FROM activities WHERE programme_id = $1 ORDER BY position`, [id],
  )).rows;
  const ledger = (await db.query<LedgerRecord>(
    'SELECT id, kind, project, sub_project, category, amount::text AS amount, date::text AS date, reverses, final_payment, purpose, note FROM ledger_entries WHERE programme_id = $1 ORDER BY position', [id],
  )).rows;

  // Everything but the projects goes through parseProgramme, with no projects yet.
  const rest = parseProgramme(present({
    id: header.id, name: header.name, donor: header.donor, reportingOrganisation: header.reporting_organisation,
    fundCategories: header.fund_categories, projectTypes: header.project_types, organisations: header.organisations,
    pairings: header.pairings, plans: header.plans, referenceDate: header.reference_date, reportedIn: header.reported_in,
    funds: funds.map((fund) => present({
      id: fund.id, donor: fund.donor, source: fund.source, year: fund.year, total: fund.total, recipients: fund.recipients, date: fund.date, reportedIn: fund.reported_in,
      breakdown: shares.filter((share) => share.fund_id === fund.id).map((share) => present({ category: share.category, amount: share.amount, recipient: share.recipient })),
    })),
    projects: [],
    ledger: ledger.map((entry) => present({
      id: entry.id, kind: entry.kind, project: entry.project, subProject: entry.sub_project, category: entry.category, amount: entry.amount,
      date: entry.date, reverses: entry.reverses, finalPayment: entry.final_payment, purpose: entry.purpose, note: entry.note,
    })),
  }));
  const issues: Issue[] = rest.ok ? [] : [...rest.issues];
  const rows: ActivityRow[] = [];
  activities.forEach((record, index) => {
    const parsed = parseActivity(record);
    if (parsed.ok) rows.push(parsed.value);
    else issues.push(...prefixIssues(parsed.issues, ['activities', index]));
  });
  if (!rest.ok || issues.length > 0) return fail(issues);
  const { projects: _none, ...stored } = rest.value;
  return assembleProgramme({ ...stored, activities: rows });
}

function parseActivity(record: ActivityRecord): Result<ActivityRow> {
  const core = present({
    id: record.id, name: record.name, type: record.type,
    location: present({ region: record.region, township: record.township, village: record.village, area: record.area }),
    budget: record.budget, implementingUnit: record.implementing_unit, performanceTarget: record.performance_target,
    povertyLinkage: record.poverty_linkage, description: record.description,
  });
  if (record.parent !== null) {
    const sub = parseSubProject(core);
    return sub.ok ? { ok: true, value: { ...sub.value, parent: record.parent as ProjectId } } : sub;
  }
  const project = parseProject({
    ...core,
    ...present({ year: record.year, category: record.category, donor: record.donor, participations: record.participations, locationDate: record.location_date }),
    subProjects: [],
  });
  if (!project.ok) return project;
  const { subProjects: _empty, ...row } = project.value;
  return { ok: true, value: row };
}
