-- The national feed asks for the newest goal changes, updates and public measures of every promise at once,
-- not of a list of promises: these keep that a read of the index's first rows instead of a sort of all.
create index progress_change_newest on progress_change (changed_at);
create index progress_update_newest on progress_update (state, published_at);
create index measure_public_newest on measure (public_since);
