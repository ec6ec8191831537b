-- Every row of the tables that decide who may do what carries a seal: an HMAC of all its columns (but the
-- login counters) under a key kept outside the database, so a row edited or inserted with SQL is refused when
-- read and named by 'vigil verify'. Rows existing when this runs are sealed, and the sealing ledgered, on
-- the first open (RowSeals).
alter table app_user add column seal char(64);
alter table record_assignment add column seal char(64);
alter table api_token add column seal char(64);
