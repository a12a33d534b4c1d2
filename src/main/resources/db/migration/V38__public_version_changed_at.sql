-- When the public site last changed, beside its version: the open-data downloads, which are too large for the
-- page cache, answer conditional requests from it (Last-Modified) on every node alike. Database time, so that
-- nodes with clocks a little apart agree.
alter table public_version add column changed_at timestamp with time zone;
update public_version set changed_at = current_timestamp where id = 1;
