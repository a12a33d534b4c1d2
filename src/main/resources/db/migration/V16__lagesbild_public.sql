-- Staff decide when a lägesbild document may be read on the public site: until they tick the box it is
-- seen only by the staff of the municipality and its local police areas.
alter table lagesbild add column shown_publicly boolean not null default false;
