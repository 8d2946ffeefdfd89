-- A district site may have room for only so many people (optional; null means no limit).
alter table remote_site add column capacity integer check (capacity is null or capacity >= 0);
