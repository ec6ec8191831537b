-- One schema for H2 (PostgreSQL mode) and PostgreSQL.
-- Records are never overwritten: every change is a new row in record_version.
-- record_head is only an index of each record's latest version, rebuilt from record_version if needed.

create table dataset_meta (
    meta_key   varchar(100)  primary key,
    meta_value varchar(1000) not null
);

create table record_version (
    record_id       varchar(100) not null,
    version         integer      not null,
    record_type     varchar(20)  not null,
    confidentiality varchar(20)  not null,
    deleted         boolean      not null,
    body            text         not null,
    content_hash    char(64)     not null,
    created_at      varchar(40)  not null,
    created_by      varchar(200) not null,
    primary key (record_id, version)
);

create table record_head (
    record_id       varchar(100) primary key,
    version         integer      not null,
    record_type     varchar(20)  not null,
    confidentiality varchar(20)  not null,
    deleted         boolean      not null,
    label           varchar(500) not null,
    sort_date       varchar(10),
    updated_at      varchar(40)  not null
);
create index record_head_by_type on record_head (record_type, deleted, label);

-- The audit ledger: an append-only hash chain, each entry authenticated by an HMAC whose key
-- lives outside the database.
create table ledger_entry (
    seq          bigint        primary key,
    recorded_at  varchar(40)   not null,
    actor        varchar(200)  not null,
    action       varchar(20)   not null,
    record_id    varchar(100),
    version      integer,
    content_hash char(64),
    detail       varchar(1000) not null,
    prev_hash    char(64)      not null,
    entry_hash   char(64)      not null,
    mac          char(64)      not null
);
create index ledger_entry_by_record on ledger_entry (record_id, version);

-- A single row that writers lock to append to the ledger one at a time.
create table ledger_head (
    id         integer  primary key,
    seq        bigint   not null,
    entry_hash char(64) not null
);
insert into ledger_head (id, seq, entry_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
