/** An OC4IDS monetary value: a JSON number of yuan and the currency (see {@link amountToJsonNumber}). */
export interface Oc4idsValue {
  readonly amount: number;
  readonly currency: 'CNY';
}

/** A reference to a party of the project. */
export interface Oc4idsOrganizationReference {
  readonly id: string;
  readonly name: string;
}

/** An address: here the division's full name and the country. */
export interface Oc4idsAddress {
  readonly region?: string;
  readonly locality?: string;
  readonly countryName: string;
}

/** A party of the project with its roles (partyRole codelist, open). */
export interface Oc4idsParty {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly address?: Oc4idsAddress;
}

/** A gazetteer entry of a location. */
export interface Oc4idsGazetteer {
  /** `GBT2260`: OC4IDS's locationGazetteers codelist is open and has no entry for China's division codes. */
  readonly scheme: string;
  readonly identifiers: readonly string[];
}

/** Where the project (or one of its sub-projects) is. */
export interface Oc4idsLocation {
  readonly id: string;
  readonly description: string;
  readonly gazetteer: Oc4idsGazetteer;
  readonly address: Oc4idsAddress;
}

/** One part of a budget breakdown: here one fund category's share. */
export interface Oc4idsBudgetBreakdown {
  readonly id: string;
  readonly description: string;
  readonly amount: Oc4idsValue;
  readonly sourceParty?: Oc4idsOrganizationReference;
}

/** A named breakdown of the budget. */
export interface Oc4idsBudgetBreakdowns {
  readonly id: string;
  readonly description?: string;
  readonly budgetBreakdown: readonly Oc4idsBudgetBreakdown[];
}

/** The project's budget: its total investment, broken down by fund category (the donor's share) and by funding source. */
export interface Oc4idsBudget {
  readonly amount: Oc4idsValue;
  /** The day of the final approval, from the project's log. */
  readonly approvalDate?: string;
  readonly budgetBreakdowns: readonly Oc4idsBudgetBreakdowns[];
}

/** A project's completion: the actual end date. */
export interface Oc4idsCompletion {
  readonly endDate: string;
}

/** A period as OC4IDS writes it: date-times. */
export interface Oc4idsPeriod {
  readonly startDate: string;
  readonly endDate: string;
}

/** A classification of the project in a scheme of the library's (its project type, its fund category). */
export interface Oc4idsClassification {
  readonly scheme: string;
  readonly id: string;
  readonly description: string;
}

/** A group of beneficiaries, counted in people. */
export interface Oc4idsBeneficiary {
  readonly description: string;
  readonly numberOfPeople: number;
  readonly location?: Oc4idsLocation;
}

/** A benefit of the project: who benefits and how. */
export interface Oc4idsBenefit {
  readonly title: string;
  readonly description?: string;
  readonly beneficiaries?: readonly Oc4idsBeneficiary[];
}

/** One OC4IDS 0.9.5 project document, as the library writes it. */
export interface Oc4idsProject {
  readonly id: string;
  readonly updated: string;
  readonly language: 'zh' | 'en';
  readonly title: string;
  readonly description: string;
  readonly status: string;
  readonly type?: string;
  readonly sector: readonly string[];
  readonly purpose?: string;
  readonly additionalClassifications: readonly Oc4idsClassification[];
  readonly publicAuthority?: Oc4idsOrganizationReference;
  readonly budget: Oc4idsBudget;
  readonly period: Oc4idsPeriod;
  /** When construction was completed, from the project's log; absent before. */
  readonly completion?: Oc4idsCompletion;
  readonly locations: readonly Oc4idsLocation[];
  readonly parties: readonly Oc4idsParty[];
  readonly benefits?: readonly Oc4idsBenefit[];
}

/** Who publishes an OC4IDS project package. */
export interface Oc4idsPublisher {
  readonly name: string;
  readonly scheme?: string;
  readonly uid?: string;
  readonly uri?: string;
}

/** An OC4IDS 0.9.5 project package: the projects with who published them, when and where. */
export interface Oc4idsProjectPackage {
  readonly uri: string;
  readonly publishedDate: string;
  readonly version: '0.9';
  readonly publisher: Oc4idsPublisher;
  readonly license?: string;
  readonly projects: readonly Oc4idsProject[];
}
