-- Reporting (gaps, planner): who attended what is read per official — the last seminar each target official
-- attended, the evidence of one official — so attended invitations get an index by official.
create index invitation_official_attended_idx on invitation (official_id) include (attended_at, seminar_id)
    where attended_at is not null;
