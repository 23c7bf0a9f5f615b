/**
 * How a source qualifies a figure: "550 cadres" is `exact`, "more than 500,000 people" is `more-than`,
 * "about 3,000" is `about`. A report shows the qualifier with the figure and never drops it.
 *
 * | qualifier | the source says | English | 中文 | as a bound |
 * |---|---|---|---|---|
 * | `exact` | 550 | 550 | 550 | the value |
 * | `at-least` | at least 550 | at least 550 | 至少550 | lower, inclusive |
 * | `more-than` | more than 500,000 | more than 500,000 | 500,000余 | lower, exclusive |
 * | `about` | about 550 | about 550 | 约550 | none |
 * | `at-most` | at most 550 | at most 550 | 至多550 | upper, inclusive |
 *
 * A figure from a source marked "according to incomplete statistics" (据不完全统计) is a lower bound whatever
 * its qualifier: that is the source's `completeness`, kept beside the qualifier.
 */
export const figureQualifiers = ['exact', 'at-least', 'more-than', 'about', 'at-most'] as const;

/** One of {@link figureQualifiers}. */
export type FigureQualifier = (typeof figureQualifiers)[number];
