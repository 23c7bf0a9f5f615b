// Benchmark 2: distinct beneficiaries among identified records, overall and per prefecture.
import { countBeneficiaryColumns, type BeneficiaryColumns, type BeneficiaryCount } from '../../src/index.js';
import { runCase } from '../case.js';
import { countBySorting, countWithSets, toIdStrings, type DistinctCounts } from '../distinct-baselines.js';
import { PREFECTURE_CODES } from '../national-ledger.js';
import { beneficiaryColumnsOf } from '../national-beneficiary-columns.js';
import { generateNationalBeneficiaries, type NationalBeneficiaries } from '../national-beneficiaries.js';

interface Input {
  readonly data: NationalBeneficiaries;
  readonly columns: BeneficiaryColumns;
}

function build(scale: number): Input {
  const data = generateNationalBeneficiaries(scale);
  return { data, columns: beneficiaryColumnsOf(data) };
}

const asCounts = (count: BeneficiaryCount): DistinctCounts => ({
  overall: count.totals[0]?.persons ?? 0,
  byRegion: PREFECTURE_CODES.map((code) => count.groups.find((group) => group.group === code)?.persons ?? 0),
});

runCase<Input>({
  name: 'distinct beneficiaries',
  file: import.meta.url,
  build,
  size: (input) => ({ records: input.data.records, projects: input.data.projects, distinctPersons: input.data.distinct }),
  library: { name: 'library countBeneficiaryColumns', run: (input) => asCounts(countBeneficiaryColumns(input.columns, { groupBy: 'prefecture' })) },
  baselines: [
    {
      name: 'Set of id strings',
      prepare: (input) => toIdStrings(input.data),
      run: (input, ids) => countWithSets(input.data, ids as string[]),
      note: 'memory: the id strings too',
      runs: 3,
      warmup: 0,
    },
    { name: 'sort-unique of packed ids', run: (input) => countBySorting(input.data) },
  ],
  runs: 3,
  warmup: 1,
  same: (library, baseline) => {
    const left = library as DistinctCounts;
    const right = baseline as DistinctCounts;
    return left.overall === right.overall && left.byRegion.every((count, index) => count === right.byRegion[index]);
  },
  targets: (library, baselines, input) => {
    const [set, sort] = baselines;
    const vsSet = (set?.medianMs ?? Number.NaN) / library.medianMs;
    const vsSort = library.medianMs / (sort?.medianMs ?? Number.NaN);
    const bytesPerRecord = ((library.peakMiB ?? Number.NaN) * 2 ** 20) / input.data.records;
    return [
      { target: 'at least 2× faster than the Set', met: vsSet >= 2, figure: `${vsSet.toFixed(2)}× faster` },
      { target: 'within 1.5× of sort-unique', met: vsSort <= 1.5, figure: `${vsSort.toFixed(2)}×` },
      { target: 'at most 100 bytes per record beyond the input', met: bytesPerRecord <= 100, figure: `${bytesPerRecord.toFixed(1)} bytes/record` },
    ];
  },
  details: (input, library) => ({ expectedDistinct: input.data.distinct, countedDistinct: (library as DistinctCounts).overall }),
});
