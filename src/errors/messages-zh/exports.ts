import type { exportsMessages } from '../messages/exports.js';
import type { MessageTemplate } from '../messages/table.js';
import { quoteZh, termZh, wanZh } from './terms.js';

/** Chinese messages for the exports: IATI activity XML, OC4IDS project packages, announcement tables (CSV). */
export const exportsMessagesZh = {
  // What every export needs.
  'export-project-unknown': (p) => `帮扶方案中没有项目${quoteZh(p.project)}。`,
  'export-name-missing': (p, t) => `${termZh(t, 'export-kind', p.kind)}没有可发布的名称：名称为空。`,
  'export-region-unknown': (p, t) => `行政区划代码${termZh(t, 'region', p.region)}未列入${p.date}施行的GB/T 2260版本。`,
  'export-date-after-generation': (p, t) => `${termZh(t, 'field', p.field)}${p.date}晚于文档本身的日期${p.generated}。`,
  'export-beneficiary-grouping-unsupported': (p, t) => `已识别的受益人数按挂靠对象或按项目分组导出，不能按“${termZh(t, 'grouping', p.groupBy)}”分组。`,
  'export-beneficiary-attachment-unknown': (p) => `该计数挂靠于${quoteZh(p.attachment)}，但帮扶方案中没有该对象。`,
  'xml-character-invalid': (p) => `文本含有XML 1.0无法表示的字符（U+${p.codePoint}）。`,
  // IATI activity XML 2.03.
  'iati-organisation-ref-invalid': (p) =>
    `不是IATI组织标识（登记机构代码-编号，如“CN-USCI-”加统一社会信用代码，不含空格）：${quoteZh(p.ref)}。`,
  'iati-organisation-type-invalid': (p) => `不是IATI组织类型代码表中的代码：${quoteZh(p.type)}。`,
  'iati-identifier-invalid': (p) => `IATI标识${quoteZh(p.identifier)}不得含有空白字符或 / & | ? 字符。`,
  'iati-sector-unmapped': (p, t) => `项目类型“${termZh(t, 'project-type', p.type)}”没有对应的DAC部门；请在导出选项中为其指定部门。`,
  'iati-sector-code-invalid': (p) => `不是五位DAC用途代码：${quoteZh(p.code)}。`,
  'iati-budget-negative': (p) => `${p.year}年预算净额为${wanZh(p.amount)}；IATI预算不能为负数。`,
  'iati-participating-org-missing': () => '该活动未列出任何参与单位：请提供参与方或实施单位。',
  'iati-activity-dates-reversed': (p, t) => `${termZh(t, 'field', p.end)}${p.endDate}早于${termZh(t, 'field', p.start)}${p.startDate}。`,
  // OC4IDS 0.9.5.
  'oc4ids-project-id-prefix-invalid': (p) =>
    `不是OC4IDS项目标识前缀（以“oc4ids-”开头，加六位字母或数字，再加“-”）：${quoteZh(p.prefix)}。`,
  'oc4ids-sector-unmapped': (p, t) => `项目类型“${termZh(t, 'project-type', p.type)}”没有对应的OC4IDS部门；请在导出选项中为其指定部门。`,
  'oc4ids-no-infrastructure-projects': () => '帮扶方案中没有可按OC4IDS发布的基础设施项目。',
  'oc4ids-uri-invalid': (p) => `不是绝对URI：${quoteZh(p.uri)}。`,
  'amount-beyond-exact-number': (p) => `金额${p.amount}元的有效数字超过15位：作为JSON数字无法精确读回。`,
  // Announcement tables.
  'csv-personal-data': () => '该单元格含有须在公示前脱敏的个人信息（身份证号码或手机号码）。',
} as const satisfies Record<keyof typeof exportsMessages, MessageTemplate>;
