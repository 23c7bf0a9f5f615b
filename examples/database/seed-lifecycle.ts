// A seed project's lifecycle from proposal to closure, recorded through the public API as an app would.
import {
  actor,
  appendToEventLog,
  applyLifecycleCommand,
  buildAnnouncement,
  organisationId,
  startLifecycle,
  timestamp,
  unwrap,
  type Lifecycle,
  type LifecycleCommand,
  type LifecycleEvent,
  type LifecycleEventLog,
  type LifecycleStatus,
  type Organisation,
  type Project,
} from '../../src/index.js';

/** A lifecycle and the stored log of the events that made it. */
export interface RecordedLifecycle {
  readonly lifecycle: Lifecycle;
  readonly log: LifecycleEventLog;
}

/**
 * Moves a seed project from proposal through the four approvals, the announcement, the liability agreement,
 * implementation, acceptance and the completion announcement to closure in 2011, stopping early at `until`.
 */
export function recordSeedLifecycle(project: Project, organisations: readonly Organisation[], until: LifecycleStatus = 'closed'): RecordedLifecycle {
  const county = project.location.region;
  const prefecture = county.startsWith('5224') ? 'bijie-government' : 'qiannan-government';
  const countyGovernment = actor(organisationId(`gov-${county}`), 'county-government');
  const announcement = (kind: 'pre-implementation' | 'completion') => buildAnnouncement(project, kind, { organisations, subProjects: false });
  const agreement = { reference: `深圳市对口帮扶资金项目管理责任书（${county}）2011`, projects: [project.id] };
  const at = (text: string) => timestamp(`2011-${text}:00+08:00`);
  const commands: readonly LifecycleCommand[] = [
    { type: 'propose', by: countyGovernment, at: at('03-01T09:30') },
    { type: 'pass-expert-review', by: actor(organisationId('sz-expert-team'), 'expert-review-team'), at: at('03-10T15:00') },
    { type: 'approve-as-county-department', by: actor(organisationId(`poverty-office-${county}`), 'county-department'), at: at('03-15T10:00') },
    { type: 'approve-as-county-government', by: countyGovernment, at: at('03-20T10:00') },
    { type: 'approve-as-prefecture-government', by: actor(organisationId(prefecture), 'prefecture-government'), at: at('03-28T10:00') },
    { type: 'announce', by: countyGovernment, at: at('04-01T08:00'), announcement: announcement('pre-implementation') },
    { type: 'sign-agreement-as-donor', by: actor(organisationId('sz-support-office'), 'support-office'), at: at('04-06T10:00'), agreement },
    { type: 'sign-agreement-as-recipient', by: countyGovernment, at: at('04-08T10:00'), agreement },
    { type: 'start-implementation', by: countyGovernment, at: at('04-12T09:00') },
    { type: 'complete', by: countyGovernment, at: at('09-30T17:00') },
    { type: 'pass-acceptance', by: countyGovernment, at: at('10-20T10:00'), grade: 'pass' },
    { type: 'announce-completion', by: countyGovernment, at: at('11-01T08:00'), announcement: announcement('completion') },
    { type: 'close', by: actor(organisationId(prefecture), 'prefecture-government'), at: at('11-15T10:00') },
  ];
  let lifecycle: Lifecycle = startLifecycle(project.id);
  let log: LifecycleEventLog = [];
  for (const command of commands) {
    if (lifecycle.status === until) break;
    const applied: { readonly lifecycle: Lifecycle; readonly events: readonly LifecycleEvent[] } = unwrap(applyLifecycleCommand(lifecycle, command, { project, organisations: seedProgramme2011.organisations, donor: seedProgramme2011.donor }));
    lifecycle = applied.lifecycle;
    log = appendToEventLog(log, applied.events);
  }
  return { lifecycle, log };
}
