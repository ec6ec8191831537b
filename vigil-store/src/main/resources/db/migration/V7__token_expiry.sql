-- API tokens expire. Tokens made before this column existed expire a default lifetime after their
-- creation (UserAccounts reads a missing value that way), so no token lives for ever.
alter table api_token add column expires_at varchar(40);
