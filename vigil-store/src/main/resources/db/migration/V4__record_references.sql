-- Which current records refer to which: rebuilt from record versions on every save, so pages can find
-- an event's acts or a person's proceedings without reading the whole data set.
create table record_ref (
    record_id varchar(100) not null,
    ref_id    varchar(100) not null,
    primary key (record_id, ref_id)
);
create index record_ref_by_target on record_ref (ref_id);
