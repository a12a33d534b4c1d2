-- The newest promises for the national feed are read off publication time (latest revisions found by join).
create index promise_revision_newest on promise_revision (published_at);
