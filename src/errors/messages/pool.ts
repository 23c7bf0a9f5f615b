import type { MessageTable } from './table.js';

/** Messages for the county project pool: proposals, reviews at each level, adjustments, selection into the plan. */
export const poolMessages = {
  'pool-entry-not-proposed': (p) => `The project has not been proposed to the pool: propose it before you ${p.command}.`,
  'pool-entry-already-proposed': (p) => `Project ${p.entry} has already been proposed to the pool; revise it when it is returned.`,
  'pool-move-not-allowed': (p) => `A project that is ${p.status} in the pool cannot ${p.command}.`,
  'pool-event-out-of-order': (p) => `A pool event ${p.event} cannot follow the status ${p.status}.`,
  'pool-entry-mismatch': (p) => `This is about project ${p.found}, not the pool entry ${p.expected}.`,
  'pool-entry-incomplete': (p) => `Project ${p.entry} lacks what the pool requires: ${p.fields}.`,
  'pool-adjustment-outside-fourth-quarter': (p) => `The pool is adjusted in the fourth quarter (October to December), not on ${p.day}.`,
  'pool-entry-not-selected': (p) => `Project ${p.entry} is ${p.status} in the pool: only a project selected into an annual plan becomes a project of the plan.`,
  'pool-plan-year-invalid': (p) => `The plan year must be ${p.earliest} or ${p.latest}, not ${p.planYear}.`,
} as const satisfies MessageTable;
