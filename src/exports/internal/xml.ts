import { createIssue, type Issue, type IssuePath } from '../../errors/issue.js';
import { fail, succeed, type Result } from '../../errors/result.js';
import { redactPersonalData } from '../../privacy/mask.js';

/** Text that came from the input, with the path it came from (for the issue if XML cannot carry it). */
export interface XmlText {
  readonly text: string;
  readonly path: IssuePath;
}

/** An attribute's value: fixed text, a number, input text with its path, or nothing (the attribute is left out). */
export type XmlAttributeValue = string | number | XmlText | undefined;

/** An element: its name, attributes in the order written, and children. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, XmlAttributeValue])[];
  readonly children: readonly (XmlElement | XmlText)[];
}

/** Makes an element; children that are `undefined` or `false` are left out, so optional parts read inline. */
export function xmlElement(
  name: string,
  attributes: Readonly<Record<string, XmlAttributeValue>> = {},
  children: readonly (XmlElement | XmlText | undefined | false)[] = [],
): XmlElement {
  return {
    name,
    attributes: Object.entries(attributes),
    children: children.filter((child): child is XmlElement | XmlText => child !== undefined && child !== false),
  };
}

/** Free text from the input (a name, a note), remembered with its path; personal numbers in it are masked. */
export function xmlText(text: string, path: IssuePath): XmlText {
  return { text: redactPersonalData(text), path };
}

/** An identifier or an amount from the input, written as it is: a code, not free text. */
export function xmlCode(text: string, path: IssuePath): XmlText {
  return { text, path };
}

// XML 1.0 Char: tab, line feed, carriage return, and the planes without surrogates, U+FFFE and U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attributes white space other than the space is escaped too, or XML's attribute normalisation turns it into spaces.
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/**
 * Writes an element as an XML document (UTF-8 declaration, two-space indentation, LF line ends), or refuses
 * with `xml-character-invalid` for every text holding a character XML 1.0 cannot carry.
 */
export function serialiseXml(root: XmlElement): Result<string> {
  const issues: Issue[] = [];
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeElement(root, 0, lines, issues);
  return issues.length > 0 ? fail(uniqueIssues(issues)) : succeed(`${lines.join('\n')}\n`);
}

function writeElement(node: XmlElement, depth: number, lines: string[], issues: Issue[]): void {
  const indent = '  '.repeat(depth);
  const attributes = node.attributes
    .filter((entry): entry is readonly [string, string | number | XmlText] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escape(valueText(value), valuePath(value), ATTRIBUTE_ESCAPES, issues)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) {
    lines.push(`${open}/>`);
    return;
  }
  const texts = node.children.filter((child): child is XmlText => !('name' in child));
  if (texts.length === node.children.length) {
    const content = texts.map((child) => escape(child.text, child.path, TEXT_ESCAPES, issues)).join('');
    lines.push(`${open}>${content}</${node.name}>`);
    return;
  }
  lines.push(`${open}>`);
  for (const child of node.children) {
    if ('name' in child) writeElement(child, depth + 1, lines, issues);
    else lines.push(`${indent}  ${escape(child.text, child.path, TEXT_ESCAPES, issues)}`);
  }
  lines.push(`${indent}</${node.name}>`);
}

function valueText(value: string | number | XmlText): string {
  return typeof value === 'object' ? value.text : String(value);
}

function valuePath(value: string | number | XmlText): IssuePath {
  return typeof value === 'object' ? value.path : [];
}

function escape(text: string, path: IssuePath, escapes: Readonly<Record<string, string>>, issues: Issue[]): string {
  const invalid = NOT_XML_CHAR.exec(text);
  if (invalid) {
    const codePoint = (invalid[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    issues.push(createIssue('xml-character-invalid', path, { codePoint }));
  }
  return text.replace(/[&<>"\t\n\r]/g, (character) => escapes[character] ?? character);
}

/**
 * Issues of text used in several places (an organisation's name on every activity), each reported once.
 * @internal
 */
export function uniqueIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((found) => {
    const key = `${found.code} ${JSON.stringify(found.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
