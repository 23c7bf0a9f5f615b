// A hand-written validator for the project snapshot shape: what an app would write without a schema
// library. It reads the same values (exact amounts, checked region codes and ids) and reports each problem
// with its path, so its output can be compared with the library's.
import {
  parseAmount,
  parseRegionCode,
  type Amount,
  type IssuePath,
} from '../src/index.js';

export interface HandIssue {
  readonly path: IssuePath;
}
export type HandResult = { ok: true; value: Record<string, unknown> } | { ok: false; issues: HandIssue[] };

const ID = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,126}[^\s\p{Cc}])?$/u;
const ROLES = new Set(['funding', 'accountable', 'extending', 'implementing']);
const DIMENSIONS = new Set(['output-quantity', 'output-quality', 'output-timeliness', 'output-cost', 'benefit-economic', 'benefit-social', 'benefit-ecological', 'benefit-sustainable', 'satisfaction']);
const COMPARATORS = new Set(['>=', '<=', '=']);
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const PROJECT_KEYS = new Set(['id', 'name', 'type', 'location', 'budget', 'implementingUnit', 'performanceTarget', 'povertyLinkage', 'description', 'year', 'category', 'donor', 'participations', 'subProjects', 'locationDate']);
const SUB_KEYS = new Set(['id', 'name', 'type', 'location', 'budget', 'implementingUnit', 'performanceTarget', 'povertyLinkage', 'description']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateProjectByHand(input: unknown): HandResult {
  const issues: HandIssue[] = [];
  const value = readActivity(input, [], issues, PROJECT_KEYS);
  if (isObject(input)) {
    const year = input.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2999) issues.push({ path: ['year'] });
    if (typeof input.category !== 'string' || input.category === '') issues.push({ path: ['category'] });
    if (input.donor !== undefined) readRegion(input.donor, ['donor'], issues);
    const participations = input.participations;
    if (!Array.isArray(participations)) issues.push({ path: ['participations'] });
    else
      participations.forEach((entry: unknown, index) => {
        if (!isObject(entry)) return issues.push({ path: ['participations', index] });
        if (typeof entry.organisation !== 'string' || !ID.test(entry.organisation)) issues.push({ path: ['participations', index, 'organisation'] });
        if (typeof entry.role !== 'string' || !ROLES.has(entry.role)) issues.push({ path: ['participations', index, 'role'] });
        return undefined;
      });
    const subProjects = input.subProjects;
    const subs: unknown[] = [];
    if (!Array.isArray(subProjects)) issues.push({ path: ['subProjects'] });
    else subProjects.forEach((sub: unknown, index) => subs.push(readActivity(sub, ['subProjects', index], issues, SUB_KEYS)));
    if (issues.length === 0 && value) {
      return {
        ok: true,
        value: { ...value, year, category: input.category, participations: participations as unknown[], subProjects: subs },
      };
    }
  }
  return { ok: false, issues };
}

function readActivity(input: unknown, path: IssuePath, issues: HandIssue[], allowed: Set<string>): Record<string, unknown> | undefined {
  if (!isObject(input)) {
    issues.push({ path });
    return undefined;
  }
  for (const key of Object.keys(input)) if (!allowed.has(key)) issues.push({ path: [...path, key] });
  if (typeof input.id !== 'string' || !ID.test(input.id)) issues.push({ path: [...path, 'id'] });
  readText(input.name, [...path, 'name'], issues);
  if (typeof input.type !== 'string' || input.type === '') issues.push({ path: [...path, 'type'] });
  const location = input.location;
  let region: string | undefined;
  if (!isObject(location)) issues.push({ path: [...path, 'location'] });
  else {
    region = readRegion(location.region, [...path, 'location', 'region'], issues);
    for (const key of ['township', 'village', 'area'] as const) {
      const text = location[key];
      if (text !== undefined && (typeof text !== 'string' || text === '')) issues.push({ path: [...path, 'location', key] });
    }
  }
  let budget: Amount | undefined;
  const parsed = parseAmount(input.budget);
  if (parsed.ok) budget = parsed.value;
  else issues.push({ path: [...path, 'budget'] });
  if (input.implementingUnit !== undefined && (typeof input.implementingUnit !== 'string' || !ID.test(input.implementingUnit))) {
    issues.push({ path: [...path, 'implementingUnit'] });
  }
  const target = input.performanceTarget;
  if (target !== undefined) {
    if (!isObject(target) || !Array.isArray(target.indicators)) issues.push({ path: [...path, 'performanceTarget'] });
    else
      target.indicators.forEach((indicator: unknown, index) => {
        const at = [...path, 'performanceTarget', 'indicators', index];
        if (!isObject(indicator)) return issues.push({ path: at });
        if (typeof indicator.dimension !== 'string' || !DIMENSIONS.has(indicator.dimension)) issues.push({ path: [...at, 'dimension'] });
        if (typeof indicator.name !== 'string' || indicator.name === '') issues.push({ path: [...at, 'name'] });
        if (typeof indicator.comparator !== 'string' || !COMPARATORS.has(indicator.comparator)) issues.push({ path: [...at, 'comparator'] });
        if (typeof indicator.value !== 'string' || !DECIMAL.test(indicator.value)) issues.push({ path: [...at, 'value'] });
        if (typeof indicator.unit !== 'string') issues.push({ path: [...at, 'unit'] });
        return undefined;
      });
  }
  if (input.povertyLinkage !== undefined) readText(input.povertyLinkage, [...path, 'povertyLinkage'], issues);
  if (input.description !== undefined) readText(input.description, [...path, 'description'], issues);
  return { ...input, location: { ...(location as object), region }, budget };
}

function readText(input: unknown, path: IssuePath, issues: HandIssue[]): void {
  if (!isObject(input)) return void issues.push({ path });
  const { zh, en } = input;
  if (zh === undefined && en === undefined) issues.push({ path });
  if (zh !== undefined && (typeof zh !== 'string' || zh === '')) issues.push({ path: [...path, 'zh'] });
  if (en !== undefined && (typeof en !== 'string' || en === '')) issues.push({ path: [...path, 'en'] });
  for (const key of Object.keys(input)) if (key !== 'zh' && key !== 'en') issues.push({ path: [...path, key] });
}

function readRegion(input: unknown, path: IssuePath, issues: HandIssue[]): string | undefined {
  const parsed = parseRegionCode(input);
  if (parsed.ok) return parsed.value;
  issues.push({ path });
  return undefined;
}
