-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0, schema v2): one row per
-- event and listener in another module, written in the transaction that publishes the event, completed when
-- the listener has done its work. A reaction lost to a crash or a failure stays here, incomplete, and is
-- resubmitted (operations.Reactions). Created here rather than by Spring Modulith so that H2 and PostgreSQL
-- get one schema from one migration; the serialized events are a few ids, far below 4000 characters.
create table event_publication (
    id                     uuid                        not null primary key,
    listener_id            varchar(512)                not null,
    event_type             varchar(512)                not null,
    serialized_event       varchar(4000)               not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_by_listener_id_and_serialized_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);

-- Each piece of news is queued to the subscribers once, even when its reaction runs again after a crash.
create table subscription_news (
    news_key  varchar(64)              not null primary key,
    queued_at timestamp with time zone not null
);

-- A promise's goals are recomputed by one transaction at a time: its row here is locked for the recompute, so
-- that two reactions to changes of one promise do not both record the same change.
create table goal_recompute (
    promise_id bigint not null primary key
);
