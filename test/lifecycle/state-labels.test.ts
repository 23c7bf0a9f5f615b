import { describe, expect, it } from 'vitest';
import { lifecycleCommandDefinitions, lifecycleCommandLabelsZh, lifecycleCommandTypes, lifecycleStates, lifecycleTermsZh, type LifecycleCommandType } from '../../src/index.js';

describe('what a command is called in Chinese', () => {
  it('names every act as the approval forms write it', () => {
    expect(lifecycleCommandLabelsZh).toEqual({
      'propose': '申报',
      'resubmit': '重新申报',
      'pass-expert-review': '专家评审通过',
      'approve-as-county-department': '县职能部门审批',
      'approve-as-county-government': '县（市）政府审批',
      'approve-as-prefecture-government': '地（州、市）政府审批',
      'return-for-revision': '退回修改',
      'reject': '不予批准',
      'announce': '实施前公示',
      'sign-agreement-as-donor': '帮扶方签订责任书',
      'sign-agreement-as-recipient': '受援方签订责任书',
      'start-implementation': '开工实施',
      'complete': '报完工',
      'pass-acceptance': '验收合格',
      'fail-acceptance': '验收不合格',
      'complete-rectification': '整改完成',
      'announce-completion': '发布竣工公告',
      'register-assets': '资产登记移交',
      'close': '项目关闭',
      'suspend': '暂停实施',
      'resume': '恢复实施',
      'cancel': '撤销项目',
      'propose-change': '申请调整',
      'approve-change': '批准调整',
      'reject-change': '驳回调整',
      'announce-change': '调整公示',
      'put-change-into-effect': '调整生效',
    });
  });

  it('gives each command a name of its own', () => {
    const names = lifecycleCommandTypes.map((command) => lifecycleCommandLabelsZh[command]);
    expect(new Set(names).size).toBe(lifecycleCommandTypes.length);
  });
});

describe('the Chinese words of issue messages', () => {
  it('call a state by its Chinese name, and know no state the lifecycle does not have', () => {
    expect(Object.keys(lifecycleTermsZh.status ?? {})).toEqual(lifecycleStates.map((state) => state.status));
    for (const state of lifecycleStates) expect(lifecycleTermsZh.status?.[state.status]).toBe(state.zh);
    expect(lifecycleTermsZh.status?.['approved']).toBe('已批准，待实施前公示');
    expect(lifecycleTermsZh.status?.['rectification']).toBe('验收不合格，整改中');
  });

  it('call a command by its name, and a correction of the record 更正记录', () => {
    expect(lifecycleTermsZh.command).toEqual({ ...lifecycleCommandLabelsZh, 'correct-event': '更正记录' });
    expect(lifecycleTermsZh.command?.['approve-as-county-government']).toBe('县（市）政府审批');
  });

  it('call an event by the name of the command that records it, and a correction 更正记录', () => {
    const events = Object.entries(lifecycleCommandDefinitions).map(([command, definition]) => [definition.event, lifecycleCommandLabelsZh[command as LifecycleCommandType]]);
    expect(lifecycleTermsZh.event).toEqual(Object.fromEntries([...events, ['event-corrected', '更正记录']]));
    expect(lifecycleTermsZh.event?.['approved-by-county-government']).toBe('县（市）政府审批');
    expect(lifecycleTermsZh.event?.['proposed']).toBe('申报');
    expect(lifecycleTermsZh.event?.['event-corrected']).toBe('更正记录');
  });

  it('call the grades of an acceptance inspection 不合格, 合格 and 优质', () => {
    expect(lifecycleTermsZh.grade).toEqual({ fail: '不合格', pass: '合格', excellent: '优质' });
  });

  it('call the announcements 实施前, 调整 and 竣工', () => {
    expect(lifecycleTermsZh.announcement).toEqual({ 'pre-implementation': '实施前', change: '调整', completion: '竣工' });
  });
});
