// The tables: a programme's header, its funds and fund shares, its projects and sub-projects as flat rows
// (flattenProgramme), its ledger, and each project's lifecycle event log with the log's head kept apart.
// Amounts are NUMERIC(20,2): exact, and read back as the same decimal strings. Dates are DATE. What has no
// amount and is read whole (names, organisations, pairings, plans, categories, types) is JSONB.

/** Creates the example's tables if they do not exist. */
export const createTables = `
CREATE TABLE IF NOT EXISTS programmes (
  id text PRIMARY KEY,
  name jsonb NOT NULL,
  donor char(6) NOT NULL,
  reporting_organisation text NOT NULL,
  reference_date date,
  reported_in jsonb,
  fund_categories jsonb NOT NULL,
  project_types jsonb NOT NULL,
  organisations jsonb NOT NULL,
  pairings jsonb NOT NULL,
  plans jsonb NOT NULL
);

CREATE TABLE IF NOT EXISTS funds (
  programme_id text NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position integer NOT NULL,
  id text NOT NULL,
  donor text NOT NULL,
  source text NOT NULL,
  year integer NOT NULL,
  total numeric(20, 2) NOT NULL,
  recipients jsonb NOT NULL,
  date date,
  reported_in jsonb,
  PRIMARY KEY (programme_id, id)
);

CREATE TABLE IF NOT EXISTS fund_shares (
  programme_id text NOT NULL,
  fund_id text NOT NULL,
  position integer NOT NULL,
  category text NOT NULL,
  amount numeric(20, 2) NOT NULL,
  recipient char(6),
  PRIMARY KEY (programme_id, fund_id, position),
  FOREIGN KEY (programme_id, fund_id) REFERENCES funds (programme_id, id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS activities (
  programme_id text NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position integer NOT NULL,
  id text NOT NULL,
  parent text,
  name jsonb NOT NULL,
  type text NOT NULL,
  region char(6) NOT NULL,
  township text,
  village text,
  area text,
  budget numeric(20, 2) NOT NULL,
  implementing_unit text,
  performance_target jsonb,
  poverty_linkage jsonb,
  description jsonb,
  year integer,
  category text,
  donor char(6),
  participations jsonb,
  location_date date,
  PRIMARY KEY (programme_id, id),
  FOREIGN KEY (programme_id, parent) REFERENCES activities (programme_id, id) ON DELETE CASCADE,
  -- a project row carries its plan year, category and participations; a sub-project row names its project
  CHECK ((parent IS NULL) = (year IS NOT NULL AND category IS NOT NULL AND participations IS NOT NULL))
);

CREATE TABLE IF NOT EXISTS ledger_entries (
  programme_id text NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position integer NOT NULL,
  id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('budget', 'commitment', 'disbursement', 'expenditure')),
  project text NOT NULL,
  sub_project text,
  category text NOT NULL,
  amount numeric(20, 2) NOT NULL,
  date date NOT NULL,
  reverses text,
  final_payment boolean,
  purpose text,
  note jsonb,
  PRIMARY KEY (programme_id, id)
);

CREATE TABLE IF NOT EXISTS lifecycle_events (
  project_id text NOT NULL,
  sequence integer NOT NULL CHECK (sequence >= 0),
  previous_hash char(64) NOT NULL,
  hash char(64) NOT NULL UNIQUE,
  event jsonb NOT NULL,
  PRIMARY KEY (project_id, sequence)
);

-- The hash of each log's last event, kept apart from the log: it tells when events were cut off the end.
CREATE TABLE IF NOT EXISTS lifecycle_heads (
  project_id text PRIMARY KEY,
  head char(64) NOT NULL
);
`;
