-- Named documents that belong to the data set but are not records, such as the state of record linkage
-- (cluster assignments, reviewers' decisions, the fitted model). Every save is in the audit ledger.
create table stored_document (
    name       varchar(200) primary key,
    body       text         not null,
    sha256     char(64)     not null,
    updated_at varchar(40)  not null,
    updated_by varchar(200) not null
);
