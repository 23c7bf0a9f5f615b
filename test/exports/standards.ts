// Readers of the standards' own files (XSD, JSON Schemas, codelists) for checking exported documents.
import { readdirSync, readFileSync } from 'node:fs';
import AjvDraft04, { type AnySchemaObject, type ValidateFunction } from 'ajv-draft-04';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

// The standards' own files, copied into test/fixtures/ by scripts/copy-fixtures.ts (see each folder's SOURCE.md).
const fixtures = new URL('../fixtures/', import.meta.url);
const iatiSchemaFolder = new URL('iati-2.03/schema/', fixtures);
const iatiCodelistFolders = [new URL('iati-2.03/codelists/embedded/', fixtures), new URL('iati-2.03/codelists/nonembedded/', fixtures)];
const oc4idsFolder = new URL('oc4ids-0.9.5/', fixtures);

const read = (url: URL) => readFileSync(url, 'utf8');

/** Validates an IATI activity document against the 2.03 XSD (with the files it includes preloaded). */
export function validateIatiXml(xml: string): Promise<XMLValidationResult> {
  return validateXML({
    xml: [{ fileName: 'activities.xml', contents: xml }],
    schema: [{ fileName: 'iati-activities-schema.xsd', contents: read(new URL('iati-activities-schema.xsd', iatiSchemaFolder)) }],
    preload: [
      { fileName: 'iati-common.xsd', contents: read(new URL('iati-common.xsd', iatiSchemaFolder)) },
      { fileName: 'xml.xsd', contents: read(new URL('xml.xsd', iatiSchemaFolder)) },
    ],
  });
}

const iatiCodelists = new Map<string, ReadonlySet<string>>();

/** The codes of an IATI codelist (`Sector`, `OrganisationType`…), from its XML file. */
export function iatiCodelist(name: string): ReadonlySet<string> {
  const cached = iatiCodelists.get(name);
  if (cached) return cached;
  const folder = iatiCodelistFolders.find((candidate) => readdirSync(candidate).includes(`${name}.xml`));
  if (folder === undefined) throw new Error(`No IATI codelist ${name} in test/fixtures/iati-2.03: add it to scripts/copy-fixtures.ts and run it`);
  const text = read(new URL(`${name}.xml`, folder));
  const codes = new Set([...text.matchAll(/<codelist-item\b[^>]*>\s*<code>([^<]*)<\/code>/g)].map((match) => match[1] ?? ''));
  iatiCodelists.set(name, codes);
  return codes;
}

/** An element of a generated XML document with its attributes (the writer's output is regular enough for a pattern). */
export interface XmlTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Every start tag of a document, in order. */
export function xmlTags(xml: string): XmlTag[] {
  return [...xml.matchAll(/<([A-Za-z][\w.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?>/g)].map((match) => ({
    name: match[1] ?? '',
    attributes: Object.fromEntries([...(match[2] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)].map((attribute) => [attribute[1] ?? '', unescapeXml(attribute[2] ?? '')])),
  }));
}

/** The text of XML character data or an attribute, unescaped. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

/** OC4IDS CSV codelist codes (the first column). */
export function oc4idsCodelist(file: string): ReadonlySet<string> {
  const lines = read(new URL(`codelists/${file}`, oc4idsFolder)).split(/\r?\n/).slice(1);
  return new Set(lines.filter((line) => line !== '').map((line) => (line.startsWith('"') ? (line.slice(1).split('"')[0] ?? '') : (line.split(',')[0] ?? ''))));
}

/** Codes used from open OC4IDS codelists that the codelist does not list, by codelist file. */
export type OpenCodelistExtensions = Map<string, Set<string>>;

/**
 * Validators of OC4IDS 0.9.5 project documents and project packages (draft-04). The `codelist` keyword checks a
 * closed codelist's values against its CSV and records what open codelists get beyond theirs.
 */
export function oc4idsValidators(): { project: ValidateFunction; projectPackage: ValidateFunction; extensions: OpenCodelistExtensions } {
  const extensions: OpenCodelistExtensions = new Map();
  // A CommonJS package: its class is the module's `default` property under NodeNext.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: true, strictTypes: false });
  ajv.addKeyword({ keyword: 'openCodelist', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'versionId', schemaType: 'boolean' });
  ajv.addKeyword({
    keyword: 'codelist',
    schemaType: 'string',
    errors: false,
    validate: (file: string, data: unknown, parentSchema?: AnySchemaObject) => {
      const values = Array.isArray(data) ? data : [data];
      const codes = oc4idsCodelist(file);
      const unknown = values.filter((value): value is string => typeof value === 'string' && !codes.has(value));
      if (parentSchema?.openCodelist === false) return unknown.length === 0;
      for (const value of unknown) extensions.set(file, new Set([...(extensions.get(file) ?? []), value]));
      return true;
    },
  });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  const projectSchema = JSON.parse(read(new URL('project-schema.json', oc4idsFolder))) as AnySchemaObject;
  ajv.addSchema(projectSchema);
  const projectPackage = ajv.compile(JSON.parse(read(new URL('project-package-schema.json', oc4idsFolder))) as AnySchemaObject);
  const project = ajv.getSchema(projectSchema.id as string);
  if (project === undefined) throw new Error('The project schema did not compile');
  return { project, projectPackage, extensions };
}
