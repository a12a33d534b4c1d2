-- Lock-out per client and account instead of per account: five failed logins in a row from one client (an
-- IPv4 address or an IPv6 /64 network) keep that client out of that account for 15 minutes, and nobody
-- else (accounts.LoginAttempts). A row is forgotten a day after its last failure, with the client address.
create table sign_in_failure (
    client          varchar(50)              not null,
    account_id      bigint                   not null references account (id) on delete cascade,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    constraint sign_in_failure_pk primary key (client, account_id)
);
create index sign_in_failure_account on sign_in_failure (account_id);
create index sign_in_failure_last on sign_in_failure (last_failure_at);

-- The account-wide lock let anyone who knew a username lock its owner out.
alter table account drop column failed_logins;
alter table account drop column locked_until;
