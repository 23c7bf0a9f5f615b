import { quote, type MessageTable } from './table.js';

/** Messages for the assessment of a pairing's year. */
export const assessmentMessages = {
  'assessment-weights-mismatch': (p) => `The points of ${p.area === undefined ? 'the areas' : `the area ${quote(p.area)}`} add up to ${p.sum}, not to ${p.total}.`,
  'assessment-value-invalid': (p) => `Not a non-negative exact decimal such as "10" or "12.5": ${quote(p.input)}.`,
  'assessment-indicator-repeated': (p) => `The indicator id ${quote(p.indicator)} is used more than once.`,
  'assessment-grades-invalid': () => 'The grade scale must go from the best grade down, each from a lower share than the one before, from 100 % or less to 0 %.',
  'assessment-entered-unknown': (p) => `The configuration has no indicator ${quote(p.indicator)}.`,
  'assessment-entered-computed': (p) => `The indicator ${quote(p.indicator)} is computed from the record (${p.measure}); an entered figure cannot replace it.`,
  'assessment-entered-repeated': (p) => `The indicator ${quote(p.indicator)} is entered more than once.`,
  'assessment-not-paired': (p) => `${p.assessed} is neither the donor nor a recipient paired with it in ${p.year}: its assessment cannot be recorded here.`,
  'assessment-mismatch': (p) => `This is about the assessment of ${p.found}, not that of ${p.expected}.`,
  'assessment-not-started': (p) => `The assessment has not been self-evaluated yet: self-evaluate before you ${p.command}.`,
  'assessment-move-not-allowed': (p) => `An assessment that is ${p.status} cannot ${p.command}.`,
  'assessment-event-out-of-order': (p) => `An assessment event ${p.event} cannot follow the status ${p.status}.`,
  'assessment-actor-not-assigned': (p) => `${p.organisation} is not the ${p.role} of this assessment and cannot ${p.command}.`,
  'assessment-cross-check-by-assessed': (p) => `${p.organisation} is an office of ${p.assessed}, the side assessed: it cannot cross-check its own assessment.`,
  'assessment-step-before-year': (p) => `A step of the ${p.year} assessment cannot be taken on ${p.day}, before the year assessed.`,
  'assessment-finding-invalid': (p) => `A finding needs a score as an exact decimal such as "52.50" and one of the grades good, fairly-good, fair, poor: ${quote(p.input)}.`,
  'assessment-judgement-invalid': (p) => `The indicator ${quote(p.indicator)} is a judgement: it takes ${p.allowed}, not ${quote(p.input)}.`,
} as const satisfies MessageTable;
