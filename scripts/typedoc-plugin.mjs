// The API site's own additions to TypeDoc, through TypeDoc's plugin API (typedoc.json "plugin"):
//
// 1. A name in `{@link name}` that another area exports resolves to that export. Each area is its own module on
//    the site, so TypeDoc alone resolves only names in scope of the comment's file.
// 2. A code span in the README or a guide that is an exported name (`parseAmount`)
//    or a call or instance of it (`parseAmount(input)`, `LifecycleIn<'approved'>`), becomes a link to its page, so
//    the guides stay plain Markdown that reads well on its own.
// 3. Each guide ends with links to the previous and next guide, in the order of "projectDocuments".
// 4. Chinese words are searchable: the search index keeps every run of Chinese characters as a token (TypeDoc's
//    index trims non-ASCII-word characters off each token, which deletes Chinese text entirely), and the site's
//    search matches any part of a token, so 东西部 finds 东西部扶贫协作.
import { resolve } from 'node:path';
import { Converter, IndexEvent, ReflectionKind } from 'typedoc';

/** The unique export of any area with the name path `names` (`['AnnualReportOptions', 'check']`). */
function findExport(project, names) {
  if (names.length === 0) return undefined;
  const found = [];
  for (const module of project.children ?? []) {
    if (!module.kindOf(ReflectionKind.Module)) continue;
    const target = module.getChildByName(names);
    if (target !== undefined) found.push(target);
  }
  return found.length === 1 ? found[0] : undefined;
}

// `parseAmount`, `parseAmount()`, `parseAmount(input, options)`, `LifecycleIn<'county-approved'>`
const IDENTIFIER_SPAN = /^`([A-Za-z_$][\w$]*)(\(.*\)|<.*>)?`$/s;

/** The parts of a Markdown text with its API-name code spans turned into `{@linkcode}` links. */
function linkCodeSpans(project, parts) {
  return parts.map((part) => {
    if (part.kind !== 'code') return part;
    const match = IDENTIFIER_SPAN.exec(part.text);
    const target = match && findExport(project, [match[1]]);
    if (!target) return part;
    return { kind: 'inline-tag', tag: '@linkcode', text: `${match[1]}${match[2] ?? ''}`, target };
  });
}

/** The guides in the order typedoc.json lists them. */
function guidesInOrder(app, project) {
  // The option holds the paths as absolute paths, as does the project's file registry.
  const files = app.options.getValue('projectDocuments').map((file) => resolve(file));
  const byFile = (document) => {
    const path = project.files.getReflectionPath(document);
    return path === undefined ? -1 : files.indexOf(resolve(path));
  };
  const documents = (project.documents ?? []).filter((document) => byFile(document) >= 0);
  return documents.sort((a, b) => byFile(a) - byFile(b));
}

function appendNeighbours(guides) {
  guides.forEach((guide, i) => {
    const previous = guides[i - 1];
    const next = guides[i + 1];
    const parts = [{ kind: 'text', text: '\n\n---\n\n' }];
    if (previous) parts.push({ kind: 'text', text: 'Previous: ' }, { kind: 'inline-tag', tag: '@link', text: previous.name, target: previous });
    if (previous && next) parts.push({ kind: 'text', text: ' · ' });
    if (next) parts.push({ kind: 'text', text: 'Next: ' }, { kind: 'inline-tag', tag: '@link', text: next.name, target: next });
    guide.content = [...guide.content, ...parts];
  });
}

const HAN_RUN = /[\p{Script=Han}\u3007]+/gu;

/** The text TypeDoc indexes for a reflection: its name, comments and document content. */
function searchText(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)].filter(Boolean);
  const parts = comments.flatMap((comment) => [...comment.summary, ...comment.blockTags.flatMap((tag) => tag.content)]);
  if (reflection.isDocument?.()) parts.push(...reflection.content);
  return [reflection.name, ...parts.map((part) => part.text)].join('\n');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((ref, reflection) => {
    if (ref.moduleSource !== undefined || ref.symbolReference?.path === undefined) return undefined;
    const target = findExport(reflection.project, ref.symbolReference.path.map((segment) => segment.path));
    return target === undefined ? undefined : { target, caption: target.name };
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    if (project.readme) project.readme = linkCodeSpans(project, project.readme);
    for (const document of project.documents ?? []) document.content = linkCodeSpans(project, document.content);
    appendNeighbours(guidesInOrder(app, project));
  });

  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    // A leading and trailing "_" keeps the token whole through the index's trimmer; queries match inside tokens.
    event.searchFieldWeights.zh = 1;
    event.searchResults.forEach((reflection, i) => {
      const runs = new Set(searchText(reflection).match(HAN_RUN) ?? []);
      event.searchFields[i] = { ...event.searchFields[i], zh: [...runs].map((run) => `_${run}_`).join(' ') };
    });
  });
}
