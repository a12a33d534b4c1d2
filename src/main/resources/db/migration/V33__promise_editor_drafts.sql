-- What an editor has typed into a promise's working copy and not yet saved, sent by the editor page every few
-- seconds, so that a closed tab, a lost connection or a crashed browser loses nothing. One per promise and editor,
-- never public, removed when the editor saves or discards it. The form holds the working copy's version the typing
-- started from, so that restoring it can say when a colleague has saved since.
create table promise_editor_draft (
    promise_id   bigint                   not null references promise (id) on delete cascade,
    username     varchar(254)             not null,
    form_json    text                     not null,
    saved_at     timestamp with time zone not null,
    primary key (promise_id, username)
);
