-- Import jobs: how far through its file a job is (bytes, since the number of rows is only known at the end),
-- and a cancel request that the process running the job reads with its progress, whichever node got it.
alter table import_job add column bytes_total bigint;
alter table import_job add column bytes_read bigint not null default 0;
alter table import_job add column cancel_requested boolean not null default false;
