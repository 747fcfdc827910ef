-- Channelwise workspace schema, version 2: the economics panel.
-- Same conventions as 0001 (docs/file-format.md): UUID ids, tombstones, STRICT.
-- Every row here is identified by its key, so its id is a UUIDv5 of that key and
-- two devices that set the same figure converge on one row. The CHECKs mirror
-- the validation in src/shared/analysis/economics/rules.ts.

-- Expected contacts per matrix role, workspace-wide (what a role "costs" in contacts).
-- id = UUIDv5 of 'roleContacts|<role>'. A missing row means the default (see rules.ts).
CREATE TABLE economics_role_contacts (
  id       TEXT PRIMARY KEY,
  role     INTEGER NOT NULL CHECK (role BETWEEN 0 AND 3),
  contacts REAL NOT NULL CHECK (contacts >= 0 AND contacts <= 1000),
  deleted  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

-- An explicit number of expected contacts for one cell, replacing what its role gives.
-- customer_type_id NULL: all customers (customer types inherit it until they set their own).
-- id = UUIDv5 of 'contacts|<scenario_id>|<phase_id>|<channel_id>|<customer_type_id or ''>'.
CREATE TABLE economics_contacts (
  id               TEXT PRIMARY KEY,
  scenario_id      TEXT NOT NULL REFERENCES scenarios (id),
  phase_id         TEXT NOT NULL REFERENCES phases (id),
  channel_id       TEXT NOT NULL REFERENCES channels (id),
  customer_type_id TEXT REFERENCES customer_types (id),
  contacts         REAL NOT NULL CHECK (contacts >= 0 AND contacts <= 1000),
  deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX economics_contacts_by_scenario ON economics_contacts (scenario_id);

-- Customer value, lifetime value and NPS inputs of one customer type (NULL: not entered).
-- id = UUIDv5 of 'economics|<customer_type_id>'. Rates are percentages.
CREATE TABLE economics_customer_types (
  id                        TEXT PRIMARY KEY,
  customer_type_id          TEXT NOT NULL REFERENCES customer_types (id),
  transactions              REAL CHECK (transactions IS NULL OR (transactions >= 0 AND transactions <= 1e9)),
  purchases_per_transaction REAL CHECK (purchases_per_transaction IS NULL OR (purchases_per_transaction >= 0 AND purchases_per_transaction <= 1e9)),
  price                     REAL CHECK (price IS NULL OR (price >= 0 AND price <= 1e12)),
  acquisition_cost          REAL CHECK (acquisition_cost IS NULL OR (acquisition_cost >= 0 AND acquisition_cost <= 1e12)),
  -- May be negative: a customer who costs more each year than they bring in.
  yearly_margin             REAL CHECK (yearly_margin IS NULL OR (yearly_margin >= -1e12 AND yearly_margin <= 1e12)),
  retention                 REAL CHECK (retention IS NULL OR (retention >= 0 AND retention <= 100)),
  discount_rate             REAL CHECK (discount_rate IS NULL OR (discount_rate > -100 AND discount_rate <= 1000)),
  horizon_years             INTEGER CHECK (horizon_years IS NULL OR (horizon_years >= 1 AND horizon_years <= 100)),
  nps_mode                  TEXT NOT NULL DEFAULT 'counts' CHECK (nps_mode IN ('counts', 'percent')),
  promoters                 REAL CHECK (promoters IS NULL OR (promoters >= 0 AND promoters <= 1e9)),
  passives                  REAL CHECK (passives IS NULL OR (passives >= 0 AND passives <= 1e9)),
  detractors                REAL CHECK (detractors IS NULL OR (detractors >= 0 AND detractors <= 1e9)),
  deleted                   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  -- Counts are whole numbers; percentages never add up to more than 100.
  CHECK (nps_mode = 'percent' OR (
    (promoters IS NULL OR promoters = CAST(promoters AS INTEGER)) AND
    (passives IS NULL OR passives = CAST(passives AS INTEGER)) AND
    (detractors IS NULL OR detractors = CAST(detractors AS INTEGER)))),
  CHECK (nps_mode = 'counts' OR coalesce(promoters, 0) + coalesce(passives, 0) + coalesce(detractors, 0) <= 100.000001)
) STRICT;
CREATE INDEX economics_customer_types_by_type ON economics_customer_types (customer_type_id);
