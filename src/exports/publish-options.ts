import type { Issue } from '../errors/issue.js';
import type { Result } from '../errors/result.js';
import type { ProjectId } from '../model/ids.js';

/**
 * Which projects an export publishes, and what becomes of a project with problems. An export for chosen
 * projects is refused only for their own problems: an issue belongs to a project by its path
 * (`programme.projects[i]…`, `programme.ledger[j]…` of an entry of that project, `eventLogs.<id>…`); every
 * other issue (funds, pairings, organisations, plans, the export's options) concerns the whole programme
 * and refuses every project.
 */
export interface PublishOptions {
  /** The projects to publish; default every project of the programme. An unknown id is `export-project-unknown`. */
  readonly projects?: readonly ProjectId[];
  /**
   * `'refuse'` (default): any problem of a published project refuses the whole export, with every issue.
   * `'omit'`: the projects with problems are left out and listed beside the document with their issues,
   * and the others are published; the result is then a {@link PublishedExport}.
   */
  readonly refused?: 'refuse' | 'omit';
}

/** A project an export left out, with the issues that kept it out. */
export interface RefusedProject {
  readonly project: ProjectId;
  readonly issues: readonly Issue[];
}

/** What an export with `refused: 'omit'` gives: the document of the projects it published, and those it refused. */
export interface PublishedExport<Document> {
  readonly document: Document;
  /** The projects left out, in the programme's order; empty when every project was published. */
  readonly refused: readonly RefusedProject[];
}

/**
 * The result of an export: the document, or with `refused: 'omit'` the document beside the refused projects
 * (either, when the options' type does not say which).
 */
export type ExportResult<Options extends PublishOptions, Document> = Result<
  Options extends { readonly refused: 'omit' }
    ? PublishedExport<Document>
    : 'omit' extends RefusedOption<Options>
      ? Document | PublishedExport<Document>
      : Document
>;

/** What an options type says of `refused`; `undefined` when it has no such property. */
export type RefusedOption<Options> = Options extends { readonly refused?: infer Refused } ? Refused : undefined;
