import { describe, expectTypeOf, it } from 'vitest';
import {
  checkProgramme,
  parseProgramme,
  projectId,
  subProjectId,
  type Issue,
  type LedgerEntry,
  type Pairing,
  type Programme,
  type ProjectId,
  type Result,
  type Snapshot,
  type SourceReference,
  type SubProjectId,
} from '../../src/index.js';

describe('model types', () => {
  it('keeps project and sub-project ids apart', () => {
    const project = projectId('BJ-2011-01');
    // @ts-expect-error a project id is not a sub-project id
    const wrong: SubProjectId = project;
    expectTypeOf(subProjectId('BJ-2011-01-a')).toEqualTypeOf<SubProjectId>();
    expectTypeOf(project).toEqualTypeOf<ProjectId>();
    void wrong;
  });

  it('does not take a plain string where an id is needed', () => {
    // @ts-expect-error ids come from their constructors or parsers
    const entry: Pick<LedgerEntry, 'project'> = { project: 'BJ-2011-01' };
    void entry;
  });

  it('describes the JSON form with plain strings', () => {
    expectTypeOf<Snapshot<Pairing>>().toEqualTypeOf<{
      readonly id: string;
      readonly donor: string;
      readonly recipient: string;
      readonly from: string;
      readonly to?: string;
      readonly source?: Snapshot<SourceReference>;
    }>();
    expectTypeOf<Snapshot<LedgerEntry>['amount']>().toEqualTypeOf<string>();
  });

  it('parses to a result and checks to a list of issues', () => {
    expectTypeOf(parseProgramme).returns.toEqualTypeOf<Result<Programme>>();
    expectTypeOf(checkProgramme).returns.toEqualTypeOf<readonly Issue[]>();
  });
});
