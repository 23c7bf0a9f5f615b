/**
 * The columns of an announcement table (公示表) with their headers: the project's number, then the contents
 * every announcement must carry, the total investment and its sources (筹资方式), the households and persons
 * benefiting, and the pool entry. `subProject` appears only in tables with a row per sub-project, the four counts
 * only in tables given declared counts, the pool's two only when a project of the table came from the pool; the
 * headers of amounts name their unit.
 *
 * | key | 中文 | English |
 * |---|---|---|
 * | `project` | 项目编号 | Project number |
 * | `subProject` | 子项目编号 | Sub-project number |
 * | `name` | 项目名称 | Project name |
 * | `location` | 建设地点 | Location |
 * | `amount` | 资金规模（元 / 万元） | Amount (yuan / 10,000 yuan) |
 * | `totalInvestment` | 总投资（元 / 万元） | Total investment (yuan / 10,000 yuan) |
 * | `funding` | 筹资方式 | Funding sources |
 * | `households` | 受益户数 | Households benefiting |
 * | `registeredPoorHouseholds` | 其中建档立卡贫困户数 | Of which registered poor households |
 * | `persons` | 受益人数 | Persons benefiting |
 * | `registeredPoorPersons` | 其中建档立卡贫困人口数 | Of which registered poor persons |
 * | `poolReference` | 项目库编号 | Pool entry number |
 * | `pooledOn` | 入库日期 | Date pooled |
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
  { key: 'totalInvestment', zh: '总投资', en: 'Total investment' },
  { key: 'funding', zh: '筹资方式', en: 'Funding sources' },
  { key: 'households', zh: '受益户数', en: 'Households benefiting' },
  { key: 'registeredPoorHouseholds', zh: '其中建档立卡贫困户数', en: 'Of which registered poor households' },
  { key: 'persons', zh: '受益人数', en: 'Persons benefiting' },
  { key: 'registeredPoorPersons', zh: '其中建档立卡贫困人口数', en: 'Of which registered poor persons' },
  { key: 'poolReference', zh: '项目库编号', en: 'Pool entry number' },
  { key: 'pooledOn', zh: '入库日期', en: 'Date pooled' },
  { key: 'implementingUnit', zh: '实施单位', en: 'Implementing unit' },
  { key: 'beneficiaries', zh: '受益对象及带贫减贫机制', en: 'Beneficiaries and poverty-linkage mechanism' },
  { key: 'performanceTarget', zh: '绩效目标', en: 'Performance target' },
] as const;

/** The key of a column of {@link announcementTableColumns}. */
export type AnnouncementTableColumn = (typeof announcementTableColumns)[number]['key'];
