-- A seminar whose hall takes everyone who comes ("no limit"): in-person answers get a seat added as they come.
-- Without a row here, the seats are the rows of table seat (none until the organiser gives a number).
create table seat_unlimited (
    seminar_id  bigint primary key references seminar (id) on delete cascade,
    set_at      timestamptz not null default now()
);

-- the stuck-mail banner asks on every page whether a pending mail is older than the threshold
create index outbox_pending_created_idx on outbox_message (created_at) where state = 'PENDING';
