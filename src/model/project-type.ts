import type { LocalizedText } from './text.js';

/**
 * The project types the seed document names. Apps add their own as {@link ProjectType} values in a
 * programme. `infrastructure` marks the types the seed counts among its 38 infrastructure projects.
 *
 * | code | 中文 | English |
 * |---|---|---|
 * | `entire-village-advancement` | 整村推进 | entire-village advancement |
 * | `drinking-water` | 人畜饮水 | drinking water for people and livestock |
 * | `irrigation` | 农田水利 | farmland irrigation and water conservancy |
 * | `rural-road` | 乡村道路 | rural roads |
 * | `housing-renovation` | 农村危房改造 | rural housing renovation |
 * | `education` | 教育 | education |
 * | `health-care` | 卫生 | health care |
 * | `farming-industry` | 产业扶贫 | farming and industry |
 */
export const builtInProjectTypes = [
  { code: 'entire-village-advancement', label: { zh: '整村推进', en: 'entire-village advancement' }, infrastructure: true },
  { code: 'drinking-water', label: { zh: '人畜饮水', en: 'drinking water for people and livestock' }, infrastructure: true },
  { code: 'irrigation', label: { zh: '农田水利', en: 'farmland irrigation and water conservancy' }, infrastructure: true },
  { code: 'rural-road', label: { zh: '乡村道路', en: 'rural roads' }, infrastructure: true },
  { code: 'housing-renovation', label: { zh: '农村危房改造', en: 'rural housing renovation' }, infrastructure: true },
  { code: 'education', label: { zh: '教育', en: 'education' }, infrastructure: false },
  { code: 'health-care', label: { zh: '卫生', en: 'health care' }, infrastructure: false },
  { code: 'farming-industry', label: { zh: '产业扶贫', en: 'farming and industry' }, infrastructure: false },
] as const satisfies readonly { readonly code: string; readonly label: LocalizedText; readonly infrastructure: boolean }[];

/** The code of a built-in project type. */
export type BuiltInProjectTypeCode = (typeof builtInProjectTypes)[number]['code'];

/** A project type's code: built-in, or any an app defines in its programme. */
export type ProjectTypeCode = BuiltInProjectTypeCode | (string & {});

/** A project type with its labels. */
export interface ProjectType {
  readonly code: ProjectTypeCode;
  readonly label: LocalizedText;
  /** Whether projects of this type are rural infrastructure. */
  readonly infrastructure: boolean;
}
