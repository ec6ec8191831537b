-- Attachment files, encrypted (AES-256-GCM) before they reach the database.
create table attachment (
    attachment_id  varchar(100) primary key,
    source_id      varchar(100) not null,
    sha256         char(64)     not null,
    size_bytes     bigint       not null,
    media_type     varchar(200) not null,
    file_name      varchar(2000) not null,
    content        bytea        not null,
    created_at     varchar(40)  not null,
    created_by     varchar(200) not null
);
create index attachment_by_source on attachment (source_id);
