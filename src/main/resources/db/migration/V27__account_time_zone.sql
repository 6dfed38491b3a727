-- The time zone a person reads times in (a java.time.ZoneId id); none stored means UTC.
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(64);
