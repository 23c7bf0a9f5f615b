import * as z from 'zod';
import { jsonSchemaPatterns } from '../../lifecycle/event-log-shape.js';
import { addComponents, type Component } from './json-schema-components.js';
import { jsonSchemaShapes, type JsonSchemaShape } from './json-schema-shapes.js';

/**
 * Every JSON shape that has a JSON Schema, by file name (`schemas/<name>.json` in the package): what a
 * `parse…` function reads or a `…ToJSON` function writes.
 *
 * | name | what it validates | read by |
 * |---|---|---|
 * | `programme` | a whole programme, `JSON.stringify(programme)` | {@link parseProgramme} |
 * | `project` | a project with its sub-projects | {@link parseProject} |
 * | `sub-project` | a sub-project | {@link parseSubProject} |
 * | `fund` | a fund with its breakdown | {@link parseFund} |
 * | `ledger-entry` | a ledger entry | {@link parseLedgerEntry} |
 * | `organisation` | an organisation | {@link parseOrganisation} |
 * | `pairing` | a pairing | {@link parsePairing} |
 * | `plan` | a plan with its agreed amounts and targets | {@link parsePlan} |
 * | `roll-up` | a roll-up summary | {@link parseRollUp} |
 * | `event-log` | a project's stored lifecycle event log | {@link parseEventLog} |
 * | `non-project-aid` | a non-project aid record | {@link parseNonProjectAid} |
 * | `non-project-aid-records` | a list of them | {@link parseNonProjectAidRecords} |
 * | `declared-count` | a declared count of persons or person-times | {@link parseDeclaredCount} |
 * | `declared-project-count` | a declared count of projects | {@link parseDeclaredProjectCount} |
 * | `beneficiary-summary` | {@link beneficiarySummaryToJSON}'s output | {@link parseBeneficiarySummary} |
 * | `identified-beneficiaries` | beneficiary records with their people's ids | {@link parseIdentifiedBeneficiaries} |
 * | `region-releases` | an app's own releases of division codes | {@link parseRegionRegistry} |
 * | `annual-report` | {@link annualReportToJSON}'s output | (written only) |
 */
export const snapshotSchemaNames = /* @__PURE__ */ Object.freeze(Object.keys(jsonSchemaShapes)) as readonly SnapshotSchemaName[];

/** One of {@link snapshotSchemaNames}. */
export type SnapshotSchemaName = keyof typeof jsonSchemaShapes;

/** A JSON Schema document (draft 2020-12) as plain JSON data. */
export type JsonSchemaDocument = { readonly [keyword: string]: unknown };

// Built on first use: importing the library builds no registry. Every root is named in it, so that a shape
// inside another (a project in a programme) is one `$defs` entry whichever file is generated first.
let built: { readonly registry: z.core.$ZodRegistry<Component>; readonly roots: ReadonlyMap<SnapshotSchemaName, z.ZodType> } | undefined;

function componentsAndRoots(): NonNullable<typeof built> {
  if (built !== undefined) return built;
  const registry = z.registry<Component>();
  addComponents(registry);
  const roots = new Map<SnapshotSchemaName, z.ZodType>();
  for (const name of snapshotSchemaNames) {
    const shape: JsonSchemaShape = jsonSchemaShapes[name];
    const schema = shape.schema();
    registry.add(schema, { id: shape.title, description: shape.description });
    roots.set(name, schema);
  }
  built = { registry, roots };
  return built;
}

/**
 * The JSON Schema (draft 2020-12) of a JSON shape, generated from the zod schema its parser runs, in the input
 * form: amounts as decimal strings, dates, ids and division codes as patterned strings, objects closed to
 * unknown fields. A document is valid under it exactly when the parser accepts it, except for the rules the
 * schema's description names (hash chains, sums across records, key sets), which only the library checks. The
 * package ships these as `schemas/<name>.json`.
 *
 * @param name - one of {@link snapshotSchemaNames}
 * @returns the schema document, with the shared shapes under `$defs`
 *
 * @example
 * ```ts
 * const schema = snapshotJsonSchema('pairing');
 * [schema.$schema, schema.title, (schema.required as string[]).join()]
 * //=> ['https://json-schema.org/draft/2020-12/schema', 'Pairing', 'id,donor,recipient,from']
 * ```
 */
export function snapshotJsonSchema(name: SnapshotSchemaName): JsonSchemaDocument {
  const { registry: components, roots } = componentsAndRoots();
  const generated = z.toJSONSchema(roots.get(name) as z.ZodType, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: components,
    // Fields read by a library parser (timestamps, reasons) state their pattern for other languages' validators.
    override: (context) => {
      const pattern = jsonSchemaPatterns.get(context.zodSchema as z.core.$ZodType)?.pattern;
      if (pattern !== undefined) context.jsonSchema.pattern = pattern;
    },
  }) as Record<string, unknown>;
  return inlineRoot(generated);
}

// zod puts a root that has an id under $defs and refers to it; the file reads better with the root inline.
function inlineRoot(generated: Record<string, unknown>): JsonSchemaDocument {
  const { $schema, $ref, $defs, ...rest } = generated as { $schema?: unknown; $ref?: unknown; $defs?: Record<string, unknown> };
  const name = typeof $ref === 'string' && $ref.startsWith('#/$defs/') ? $ref.slice('#/$defs/'.length) : undefined;
  const definitions = { ...$defs };
  const root = name === undefined ? undefined : definitions[name];
  const referredElsewhere = name !== undefined && JSON.stringify(definitions).includes(`"#/$defs/${name}"`);
  if (name === undefined || root === undefined || referredElsewhere) return generated;
  delete definitions[name];
  const { id: _id, ...body } = root as Record<string, unknown>;
  return { $schema, title: name, ...body, ...rest, ...(Object.keys(definitions).length > 0 ? { $defs: definitions } : {}) };
}
