/**
 * The county project pool (项目库): proposals by villages and townships, review and announcement at each level,
 * entry into the pool, the fourth-quarter adjustment, selection into an annual plan and withdrawal, recorded on
 * hash-chained logs like the project lifecycle's, and leading into it.
 *
 * Import it as `pairing-aid/pool`, or everything from `pairing-aid`.
 *
 * @module pool
 */
export { constructionKinds, missingPoolFields, poolFields, type ConstructionKind, type PoolEntry, type PoolField } from './pool-entry.js';
export {
  poolCommandDefinitions,
  poolCommandTypes,
  poolStatuses,
  type PoolCommand,
  type PoolCommandDefinition,
  type PoolCommandPayloads,
  type PoolCommandType,
  type PoolEvent,
  type PoolEventCore,
  type PoolEventType,
  type PoolStatus,
} from './pool-commands.js';
export type { PoolAnnouncement, PoolStanding } from './pool-standing.js';
export { decidePool, type PoolContext } from './decide-pool.js';
export { applyPoolCommand, evolvePool, replayPool } from './evolve-pool.js';
export { appendToPoolLog, parsePoolCommand, parsePoolLog, replayPoolLog, type PoolEventLog, type StoredPoolEvent } from './pool-log.js';
export { projectFromPool } from './project-from-pool.js';
export { poolCommandLabelsZh, poolStatusLabelsZh, poolTermsZh } from './pool-labels.js';
