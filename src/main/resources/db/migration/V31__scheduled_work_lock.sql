-- Scheduled work that must not run twice (the nightly goal recompute, the police events fetch) takes its row
-- here first when several nodes share this database; the node that gets it runs the task, the others skip
-- that tick (operations.ScheduledWork, ShedLock's JDBC provider, which names the table and its columns).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
