import type { IssueParams } from '../issue.js';
import type { regionsMessages } from '../messages/regions.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, termZh } from './terms.js';

/** Chinese messages for region codes (GB/T 2260) and the dated registry of them. */
export const regionsMessagesZh = {
  'region-code-format': (p) => `行政区划代码为六位数字（GB/T 2260），实为${quoteZh(p.input)}。`,
  'region-code-level': (p, t) => `${quoteZh(p.input)}是${termZh(t, 'level', p.actual)}代码，此处须为${termZh(t, 'level', p.expected)}代码。`,
  'region-code-province': (p) => `${quoteZh(p.input)}不以省级代码（11–82）开头。`,
  'region-code-unknown': (p) => `${p.code}未列入${p.first}至${p.last}的任何一版。`,
  'region-not-in-force': (p) => `${p.code}在${p.date}不是有效代码（${p.revision}版）；该代码${listedWhenZh(p)}。`,
  'region-date-outside-registry': (p) => `无法核对${p.code}在${p.date}是否有效：代码库只含${p.from}至${p.to}的代码；请补充该日期适用的一版代码。`,
  'region-releases-empty': () => '行政区划代码库至少需要一版代码。',
  'region-revision-format': (p) => `版本须为六位数字的年月（如201904），实为${quoteZh(p.input)}。`,
  'region-revision-duplicate': (p) => `${p.revision}版重复给出。`,
  'region-name-empty': (p) => `${quoteZh(p.code)}的条目缺少名称。`,
} as const satisfies Record<keyof typeof regionsMessages, MessageTemplate>;

// "自201812版起列入“, ”列入199312至201012各版“, ”仅列入198312版“ or ”列入199512–199612、201412–202412各版".
function listedWhenZh(p: IssueParams): string {
  if (String(p.listed).includes(',')) return `列入${String(p.listed).split(/,\s*/).join('、')}各版`;
  if (p.to === p.latest) return `自${p.from}版起列入`;
  return p.from === p.to ? `仅列入${p.from}版` : `列入${p.from}至${p.to}各版`;
}
