-- Accounts of the web application. Passwords are stored as Argon2id hashes only.
create table app_user (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    role          varchar(20)  not null,
    password_hash varchar(300) not null,
    disabled      boolean      not null,
    failed_logins integer      not null,
    locked_until  varchar(40),
    created_at    varchar(40)  not null
);

-- Restricted records are visible only to the users assigned to them.
create table record_assignment (
    record_id varchar(100) not null,
    username  varchar(100) not null,
    primary key (record_id, username)
);
create index record_assignment_by_user on record_assignment (username);

-- Tokens for scripts using the REST API; only their SHA-256 is kept.
create table api_token (
    token_hash   char(64)     primary key,
    username     varchar(100) not null,
    label        varchar(200) not null,
    created_at   varchar(40)  not null,
    last_used_at varchar(40)
);
