-- An invited person has an account before they have a password: it stays pending (no activated_at,
-- no password) until they choose one through their invitation link. Accounts created any other way are
-- active from the start, hence the default.
alter table account alter column password_hash drop not null;
alter table account add column activated_at timestamp with time zone default current_timestamp;
update account set activated_at = created_at;

-- Lock-out: consecutive failed logins, and until when the account refuses to sign in.
alter table account add column failed_logins integer default 0 not null;
alter table account add column locked_until timestamp with time zone;

-- An invited person signs in with their e-mail address as username, which may be 254 characters long.
alter table account alter column username set data type varchar(254);

-- Invitations and password resets are addressed by e-mail, so an address belongs to one account.
alter table account add constraint account_email_unique unique (email);

-- One-time links (invitation, password reset). Only the SHA-256 of a link's token is stored, so a copy
-- of the database opens no account.
create table account_token (
    token_hash varchar(64)              not null primary key,
    account_id bigint                   not null references account (id),
    purpose    varchar(20)              not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index account_token_account on account_token (account_id, purpose);
