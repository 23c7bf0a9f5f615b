/**
 * The columns of an announcement table (公示表) with their headers: the project's number, then the contents
 * every announcement must carry. `subProject` appears only in tables with a row per sub-project; the
 * amount's header names its unit.
 *
 * | key | 中文 | English |
 * |---|---|---|
 * | `project` | 项目编号 | Project number |
 * | `subProject` | 子项目编号 | Sub-project number |
 * | `name` | 项目名称 | Project name |
 * | `location` | 建设地点 | Location |
 * | `amount` | 资金规模（元 / 万元） | Amount (yuan / 10,000 yuan) |
 * | `implementingUnit` | 实施单位 | Implementing unit |
 * | `beneficiaries` | 受益对象及带贫减贫机制 | Beneficiaries and poverty-linkage mechanism |
 * | `performanceTarget` | 绩效目标 | Performance target |
 */
export const announcementTableColumns = [
  { key: 'project', zh: '项目编号', en: 'Project number' },
  { key: 'subProject', zh: '子项目编号', en: 'Sub-project number' },
  { key: 'name', zh: '项目名称', en: 'Project name' },
  { key: 'location', zh: '建设地点', en: 'Location' },
  { key: 'amount', zh: '资金规模', en: 'Amount' },
  { key: 'implementingUnit', zh: '实施单位', en: 'Implementing unit' },
  { key: 'beneficiaries', zh: '受益对象及带贫减贫机制', en: 'Beneficiaries and poverty-linkage mechanism' },
  { key: 'performanceTarget', zh: '绩效目标', en: 'Performance target' },
] as const;

/** The key of a column of {@link announcementTableColumns}. */
export type AnnouncementTableColumn = (typeof announcementTableColumns)[number]['key'];
