import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order of test files in a mutation run. Under a mutant the run stops at the first failing test (Stryker's
 * bail), so the files that failed in the last run go first, then the quickest (by the last run's time, else by
 * size): a mutant in a module-level table, which runs every test of the area, is then most often killed within
 * seconds instead of after the slowest files.
 */
export class QuickestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache } = this.ctx;
    const rank = new Map(
      files.map((spec) => {
        const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
        const last = cache.getFileTestResults(key);
        return [spec, { failed: last?.failed === true, duration: last?.duration ?? Number.POSITIVE_INFINITY, size: cache.getFileStats(key)?.size ?? 0 }] as const;
      }),
    );
    return [...files].sort((a, b) => {
      const ra = rank.get(a);
      const rb = rank.get(b);
      if (ra === undefined || rb === undefined) return 0;
      if (ra.failed !== rb.failed) return ra.failed ? -1 : 1;
      if (ra.duration !== rb.duration) return ra.duration < rb.duration ? -1 : 1;
      return ra.size - rb.size;
    });
  }
}
