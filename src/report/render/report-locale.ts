/** The languages a report is rendered in. */
export const reportLocales = ['en', 'zh'] as const;

/** One of {@link reportLocales}. */
export type ReportLocale = (typeof reportLocales)[number];
