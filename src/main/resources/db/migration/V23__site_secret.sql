-- Secrets the site makes for itself once and every app node on this database then shares. 'forms' signs
-- the CSRF tokens of the residents' forms, which need no session (accounts.FormSecret); a configured
-- lofte.forms.secret takes its place. The value is written by the application, not here, because H2 and
-- PostgreSQL have no common way to make random bytes in SQL.
create table site_secret (
    name   varchar(50)  not null,
    secret varchar(200) not null,
    constraint site_secret_pk primary key (name)
);
