import fc from 'fast-check';

// Every property of a mutation run draws the same inputs, in the dry run that records which tests cover which
// mutant and in every run under a mutant. With a fresh seed each time, a property could reach a mutant in one run
// and miss it in the next: the coverage Stryker records would not be the coverage it tests with, a mutant could be
// killed once and survive the next time, and an incremental run would test again every mutant whose coverage moved.
fc.configureGlobal({ seed: 20_110_901 });
