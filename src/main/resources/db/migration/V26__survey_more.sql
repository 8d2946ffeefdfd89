-- Demo data marks what it made up (as talk.illustrative does): the demo Grodno seminar's survey and its answers
-- are illustrative, not anyone's real opinion.
alter table survey add column illustrative boolean not null default false;

-- The scheduled job looks for surveys to send and to remind by state and time.
create index survey_due_idx on survey (state, send_at);
