-- A person belongs to one or more organisations with one or more roles there. A system administrator
-- manages organisations and accounts but, like everyone, writes and signs promises only through roles.
alter table account add column email varchar(254);
alter table account add column system_admin boolean default false not null;

update account set system_admin = true;

create table membership (
    account_id      bigint      not null references account (id),
    organisation_id bigint      not null,
    role            varchar(30) not null,
    primary key (account_id, organisation_id, role)
);
