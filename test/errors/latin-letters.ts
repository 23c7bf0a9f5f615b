// What the Chinese texts may show in Latin letters: the names of the standards and formats they speak of,
// unit words and symbols people type, and the X of a resident ID's check character. Anything else in
// Latin letters is English that should have been Chinese, or a code that should have been a label.
const allowed: readonly RegExp[] = [
  /\bIATI\b/g,
  /\bOC4IDS\b/g,
  /“oc4ids-”/g,
  /\bDAC\b/g,
  /\bGB\/T\b/g,
  /\bISO\b/g,
  /\bXML\b/g,
  /\bJSON\b/g,
  /\bURI\b/g,
  /\bCSV\b/g,
  /\bNaN\b/g,
  /\bbase64url\b/g,
  /“CN-USCI-”/g,
  /U\+[0-9A-F]{4,6}/g,
  /\byuan\b/g,
  /\bmillion\b/g,
  /\bkm\b/g,
  /(?<![A-Za-z])X(?![A-Za-z])/g,
  // The T between the date and the time of an ISO 8601 timestamp.
  /(?<=\d)T(?=\d)/g,
];

/** The runs of Latin letters in a text that the allowed list does not account for. */
export function strayLatin(text: string): string[] {
  let rest = text;
  for (const pattern of allowed) rest = rest.replace(pattern, ' ');
  return rest.match(/[A-Za-z\uff21-\uff3a\uff41-\uff5a]+/gu) ?? [];
}
