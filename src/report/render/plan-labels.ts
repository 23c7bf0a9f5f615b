import type { LocalizedText } from '../../model/text.js';

/**
 * The names of the plan measures the report counts or supplies itself; a programme's other measures are
 * named by the report's figure labels.
 */
export const planMeasureLabels: Readonly<Record<string, LocalizedText>> = {
  'projects': { zh: '项目数', en: 'projects' },
  'sub-projects': { zh: '子项目数', en: 'sub-projects' },
  'aid-projects': { zh: '帮扶项目数（报告数）', en: 'aid projects (declared)' },
  'beneficiaries': { zh: '受益人数', en: 'beneficiaries' },
  'cadres-trained': { zh: '培训干部人数', en: 'cadres trained' },
  'students-subsidised': { zh: '资助学生人数', en: 'students subsidised' },
  'labourers-placed': { zh: '转移就业劳动力人数', en: 'labourers placed' },
  'farming-funds': { zh: '种养殖项目资金', en: 'farming funds' },
};

/** Chinese for the units a plan target may be written in with English words; a unit not listed is shown as given. */
export const planUnitLabelsZh: Readonly<Record<string, string>> = {
  'persons': '人',
  'person-times': '人次',
  'households': '户',
  'projects': '个',
  'sub-projects': '个',
  'yuan': '元',
  'wan yuan': '万元',
  'km': '公里',
  'kilometres': '公里',
  'mu': '亩',
};
