import { describe, expectTypeOf, it } from 'vitest';
import {
  addCounts,
  householdCount,
  personCount,
  personTimeCount,
  type BeneficiaryTally,
  type DeclaredPersonCount,
  type DeclaredPersonTimeCount,
  type HouseholdCount,
  type PersonCount,
  type PersonKey,
  type PersonTimeCount,
  boundDeclaredPersons,
  personKeyFromAppNumber,
  householdKeyFromAppNumber,
  type HouseholdKey,
} from '../../src/index.js';

declare const tally: BeneficiaryTally;
declare const declaredTimes: DeclaredPersonTimeCount;
declare const declaredPersons: DeclaredPersonCount;

describe('beneficiary count types', () => {
  it('adds counts of the same kind', () => {
    expectTypeOf(addCounts(tally.persons, tally.registeredPoorPersons)).toEqualTypeOf<PersonCount>();
    expectTypeOf(addCounts(tally.personTimes, personTimeCount(1))).toEqualTypeOf<PersonTimeCount>();
    expectTypeOf(addCounts(tally.households, householdCount(1))).toEqualTypeOf<HouseholdCount>();
  });

  it('does not add persons to person-times or households', () => {
    // @ts-expect-error persons and person-times are different kinds of count
    addCounts(tally.persons, tally.personTimes);
    // @ts-expect-error person-times and persons are different kinds of count
    addCounts(tally.personTimes, tally.persons);
    // @ts-expect-error persons and households are different kinds of count
    addCounts(tally.persons, tally.households);
    // @ts-expect-error a plain number is not a count
    addCounts(tally.persons, 3);
  });

  it('does not let the sum of a `+` stand for a count', () => {
    // @ts-expect-error `+` gives a plain number
    const mixed: PersonCount = tally.persons + tally.personTimes;
    // @ts-expect-error a person-time count is not a person count
    const times: PersonCount = tally.personTimes;
    expectTypeOf(personCount(1)).not.toEqualTypeOf<PersonTimeCount>();
    void [mixed, times];
  });

  it('bounds only declared person counts', () => {
    boundDeclaredPersons([declaredPersons]);
    // @ts-expect-error person-times do not bound persons
    boundDeclaredPersons([declaredTimes]);
  });

  it('keeps person keys and household keys apart', () => {
    // @ts-expect-error a household key is not a person key
    const key: PersonKey = householdKeyFromAppNumber(1);
    // @ts-expect-error a person key is not a household key
    const household: HouseholdKey = personKeyFromAppNumber(1);
    void [key, household];
  });
});
