import { makeAmount } from '../../money/amount.js';
import { ledgerKinds, type LedgerEntry, type LedgerKind } from '../../model/ledger.js';
import type { Programme } from '../../model/programme.js';
import { regionAndAncestors } from '../../model/rollup/region-ancestors.js';
import { locationWrittenOn, regionKeyOf, type RollUpOptions } from '../../model/rollup/roll-up-options.js';
import type { LedgerTotals } from '../../model/rollup/roll-up.js';
import { regionLevel, type RegionCode } from '../../regions/region-code.js';

/** Sums in fen by ledger kind, filled while the ledger is read. */
export type LedgerSums = Record<LedgerKind, bigint>;

export const emptySums = (): LedgerSums => ({ budget: 0n, commitment: 0n, disbursement: 0n, expenditure: 0n });

/** Adds an entry's amount to the sums of its kind. */
export function addEntry(sums: LedgerSums, entry: LedgerEntry): void {
  sums[entry.kind] += entry.amount.fen;
}

/** The sums as {@link LedgerTotals} (all zero for none). */
export const totalsOf = (sums: LedgerSums | undefined): LedgerTotals => ({
  budget: makeAmount(sums?.budget ?? 0n),
  commitment: makeAmount(sums?.commitment ?? 0n),
  disbursement: makeAmount(sums?.disbursement ?? 0n),
  expenditure: makeAmount(sums?.expenditure ?? 0n),
});

/** The sums of some projects, from the sums of each (a project listed twice counts once). */
export function totalsOfProjects(byProject: ReadonlyMap<string, LedgerSums>, projects: Programme['projects']): LedgerTotals {
  const sums = emptySums();
  const seen = new Set<string>();
  for (const project of projects) {
    const own = byProject.get(project.id);
    if (own === undefined || seen.has(project.id)) continue;
    seen.add(project.id);
    sums.budget += own.budget;
    sums.commitment += own.commitment;
    sums.disbursement += own.disbursement;
    sums.expenditure += own.expenditure;
  }
  return totalsOf(sums);
}

const isZero = (sums: LedgerSums): boolean => ledgerKinds.every((kind) => sums[kind] === 0n);

/**
 * A part's entries by the prefecture they lie in, as a roll-up by region gives them at prefecture level: each entry
 * is placed in its sub-project's region (in its project's when it names none, or a sub-project its project does not
 * have), the code taken as in force on the roll-up's date; a prefecture whose entries sum to zero in every kind is
 * left out.
 */
export function ledgerByPrefecture(part: Programme, options: RollUpOptions): Map<RegionCode, LedgerTotals> {
  const regionKey = regionKeyOf(part, options);
  const projects = new Map(part.projects.map((project) => [project.id as string, project]));
  // Each project's places: its own (the key undefined) and those of its sub-projects, found once each.
  const placesOf = new Map<string, Map<string | undefined, string>>();
  const byPlace = new Map<string, LedgerSums>();
  for (const entry of part.ledger) {
    const project = projects.get(entry.project);
    if (project === undefined) continue;
    let places = placesOf.get(entry.project);
    if (places === undefined) placesOf.set(entry.project, (places = new Map()));
    let place = places.get(entry.subProject);
    if (place === undefined) {
      const sub = entry.subProject === undefined ? undefined : project.subProjects.find((candidate) => candidate.id === entry.subProject);
      place = regionKey((sub ?? project).location.region, locationWrittenOn(project));
      places.set(entry.subProject, place);
    }
    let sums = byPlace.get(place);
    if (sums === undefined) byPlace.set(place, (sums = emptySums()));
    addEntry(sums, entry);
  }
  const byPrefecture = new Map<RegionCode, LedgerSums>();
  for (const [place, sums] of byPlace) {
    for (const code of regionAndAncestors(place)) {
      if (regionLevel(code as RegionCode) !== 'prefecture') continue;
      let prefecture = byPrefecture.get(code as RegionCode);
      if (prefecture === undefined) byPrefecture.set(code as RegionCode, (prefecture = emptySums()));
      for (const kind of ledgerKinds) prefecture[kind] += sums[kind];
    }
  }
  const totals = new Map<RegionCode, LedgerTotals>();
  for (const [code, sums] of byPrefecture) if (!isZero(sums)) totals.set(code, totalsOf(sums));
  return totals;
}
