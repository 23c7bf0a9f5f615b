import type { AidRow } from '../annual-report.js';
import { formatCount, formatPartialDate, localText } from './format.js';
import type { ReportWriter } from './writer.js';

/** The heading line of a record: its date, name, provider and source. */
function heading(w: ReportWriter, row: AidRow, extra = ''): string {
  const date = row.date === undefined ? '' : `${formatPartialDate(row.date, w.locale)}  `;
  return `${date}${w.text(row.name)}${extra}${w.cite(row.source)}`;
}

function fundsLine(w: ReportWriter, row: AidRow): string[] {
  if (row.fundsByCategory.length === 0) return [];
  const parts = row.fundsByCategory.map((share) => `${w.money(share.amount)}${w.paren(w.categoryLabel(share.category))}`);
  return [`  ${w.phrases.funds}${w.colon}${parts.join(w.comma)}`];
}

/** 4. Cadre training. */
export function renderTraining(w: ReportWriter): string[] {
  const { training } = w.report;
  const p = w.phrases;
  if (training.activities.length === 0) return [p.none];
  return training.activities.flatMap((row) => [
    heading(w, row, row.provider === undefined ? '' : w.paren(w.text(row.provider))),
    ...w.chosen(p.trainees, row.trainees, p.persons, '  '),
    ...(row.personTimes === undefined ? [] : w.chosen(p.personTimesLabel, row.personTimes, p.personTimes, '  ')),
    ...w.chosen(p.expertsOrganised, row.expertsOrganised, p.persons, '  '),
    ...(row.courses === undefined ? [] : w.chosen(p.courses, row.courses, '', '  ')),
    ...fundsLine(w, row),
  ]);
}

/** 5. Student subsidies. */
export function renderStudents(w: ReportWriter): string[] {
  const { students } = w.report;
  const p = w.phrases;
  if (students.activities.length === 0) return [p.none];
  return students.activities.flatMap((row) => [
    heading(w, row),
    ...w.chosen(p.students, row.students, p.persons, '  '),
    ...w.chosen(p.amount, row.amount, '', '  '),
    ...fundsLine(w, row),
  ]);
}

/** 6. Labour cooperation, with the buckets checked. */
export function renderLabour(w: ReportWriter): string[] {
  const { labour, donor } = w.report;
  const p = w.phrases;
  if (labour.activities.length === 0) return [p.none];
  const city = localText(donor.name, w.locale) || donor.code;
  return labour.activities.flatMap((row) => {
    const lines = [heading(w, row), ...w.chosen(p.placed, row.placed, p.persons, '  ')];
    if (row.placement !== undefined) {
      const { buckets, basis, note } = row.placement;
      const [outside, inProvince, inCounty, total] = p.bucketNames;
      const unit = w.locale === 'zh' ? p.persons : '';
      const figures = [
        `${outside} ${formatCount(buckets.outsideProvince)}${unit}`,
        `${inProvince} ${formatCount(buckets.inProvinceOutsideCounty)}${unit}`,
        `${inCounty} ${formatCount(buckets.inCounty)}${unit}`,
        `${total} ${formatCount(buckets.total)}${unit}`,
      ].join(w.semicolon);
      lines.push(`  ${p.buckets(basis)}${w.colon}${figures}${w.paren(p.bucketsHold(row.placementHolds === true))}`);
      if (note !== undefined) lines.push(`    ${w.text(note)}`);
    }
    lines.push(...w.chosen(p.workingIn(city), row.workingInDonorCity, p.persons, '  ', w.paren(p.stock)));
    lines.push(...fundsLine(w, row));
    return lines;
  });
}

/** 7. Industrial cooperation: farming funds, agreements, zones, enterprises, investment. */
export function renderIndustry(w: ReportWriter): string[] {
  const { industry } = w.report;
  const p = w.phrases;
  if (industry.activities.length === 0) return [p.none];
  return industry.activities.flatMap((row) => {
    const lines = [heading(w, row)];
    if (row.farmingFunds !== undefined) lines.push(...w.chosen(p.farmingFunds, row.farmingFunds, '', '  '));
    if (row.enterprises !== undefined) lines.push(...w.chosen(p.enterprises, row.enterprises, '', '  '));
    if (row.investment !== undefined) lines.push(...w.chosen(p.investment, row.investment, '', '  '));
    for (const agreement of row.agreements) {
      const parties = agreement.parties.map((party) => w.text(party.name)).join(w.locale === 'zh' ? '、' : ', ');
      const period = agreement.fromYear === undefined ? '' : `${w.semicolon}${agreement.fromYear}–${agreement.toYear ?? ''}`;
      lines.push(`  ${p.agreements}${w.colon}${formatPartialDate(agreement.signed, w.locale)}${w.comma}${w.text(agreement.title)}${w.paren(parties + period)}${w.cite(agreement.source)}`);
    }
    for (const zone of row.industrialZones) {
      lines.push(`  ${p.zones}${w.colon}${w.text(zone.name)}${w.paren(`${w.regionName(zone.region)}${w.comma}${p.zoneStatus[zone.status]}`)}`);
    }
    lines.push(...fundsLine(w, row));
    return lines;
  });
}

/** 8. Exchange visits and seconded cadres. */
export function renderExchanges(w: ReportWriter): string[] {
  const { visits, secondments } = w.report.exchanges;
  const p = w.phrases;
  const lines = [`${p.visitsHeading}${w.colon}${visits.length === 0 ? p.none : ''}`.trimEnd()];
  for (const row of visits) {
    lines.push(`  ${heading(w, row)}${w.paren(`${p.level[row.level]}${w.comma}${p.direction[row.direction]}`)}`);
    lines.push(`    ${w.text(row.delegation)}`);
    if (row.purpose !== undefined) lines.push(`    ${w.text(row.purpose)}`);
    if (row.visits !== undefined) lines.push(...w.chosen(p.visits, row.visits, '', '    '));
  }
  lines.push(`${p.secondmentsHeading}${w.colon}${secondments.length === 0 ? p.none : ''}`.trimEnd());
  for (const row of secondments) {
    const months = row.months === undefined ? '' : `${w.comma}${p.months(row.months)}`;
    lines.push(`  ${heading(w, row)}${w.paren(`${p.level[row.level]}${w.comma}${p.direction[row.direction]}${months}`)}`);
    lines.push(...w.chosen(p.secondmentsHeading, row.cadres, p.persons, '    '));
  }
  return lines;
}
