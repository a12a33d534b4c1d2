-- The promise a draft was carried over from ("Nästa års löfte"): kept on the promise itself, not in its text, so
-- the lineage from year to year survives any edit of the new promise's text.
alter table promise add column previous_promise_id bigint references promise (id);
