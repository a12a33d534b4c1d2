-- One counter for everything the public site shows. Every change that a public page, feed, widget, share
-- image or open-data document shows bumps it in the change's own transaction; each node compares it with the
-- version its cached pages were rendered at (see docs/performance.md, "The page cache").
create table public_version (
    id      integer primary key,
    version bigint  not null
);
insert into public_version (id, version) values (1, 0);
