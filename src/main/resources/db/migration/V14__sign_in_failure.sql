-- Failed sign-ins, kept for the throttling window only: after too many failures for one account or from one
-- address, sign-in is refused for a while. In the database (not in memory) so that every node counts the same.
create table sign_in_failure (
    id        bigserial primary key,
    username  text        not null,
    address   text        not null,
    at        timestamptz not null default now()
);
create index sign_in_failure_username_idx on sign_in_failure (lower(username), at);
create index sign_in_failure_address_idx on sign_in_failure (address, at);
