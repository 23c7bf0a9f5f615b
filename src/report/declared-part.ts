import type { SourceReference } from '../model/source.js';

/**
 * A source's statement that one declared figure is part of another ("the construction of above projects
 * directly benefited 60,400 people", of the 130,000): the part is then not added to the whole when the
 * report bounds the persons reached, and must not exceed it.
 */
export interface DeclaredPart {
  /** The `figure` of the part, e.g. `'infrastructure-residents-benefited'`. */
  readonly part: string;
  /** The `figure` of the whole, e.g. `'residents-benefited'`. */
  readonly whole: string;
  readonly source: SourceReference;
}
