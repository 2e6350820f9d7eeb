-- A reading is found only by its meter and month, never by a number of its own (nothing reads meter_reading.id): it is
-- keyed by that natural key, and the surrogate id with the unique key beside it goes, as for charges in V16. An import
-- of three million readings then writes one B-tree instead of two; the foreign key to the meter is served by the
-- primary key's first column.
ALTER TABLE meter_reading DROP COLUMN id, DROP INDEX uk_reading, ADD PRIMARY KEY (meter_id, period);
