-- Patrolling is the police's most common measure against a promise's problems, and it had no kind of its own:
-- patrols were logged as "Annat", so a goal could count them only by their unit. It goes after traffic control,
-- the other kind that is the police's own. A system administrator may already have added it through the list
-- of kinds (by this code or by this name): then the list stays as they made it.
insert into measure_kind (code, name_sv, name_en, sort_order, offered)
select 'patrullering', 'Patrullering', 'Patrol', 15, true
where not exists (select 1 from measure_kind where code = 'patrullering' or lower(name_sv) = 'patrullering');
