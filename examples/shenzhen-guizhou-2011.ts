// The 2011 Shenzhen–Guizhou programme, built through the public API.
// Run: npm run example
import { amount, formatAmount, sumAmounts } from '../src/index.js';

const breakdown = {
  'counterpart-support project funds': amount('42.81 million'),
  'disaster relief funds': amount('2.8 million'),
  'cadre training funds': amount('1.3 million'),
};
const total = sumAmounts(Object.values(breakdown));

for (const [category, value] of Object.entries(breakdown)) {
  console.log(`${category.padEnd(36)} ${formatAmount(value, { unit: 'million' })}`);
}
console.log(`${'total donated'.padEnd(36)} ${formatAmount(total, { unit: 'million' })}`);
console.log(`${'合计'.padEnd(38)} ${formatAmount(total, { locale: 'zh', unit: 'wan' })}`);
