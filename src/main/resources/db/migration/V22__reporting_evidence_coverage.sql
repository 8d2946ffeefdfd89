-- Reporting: competence evidence and the coverage summary, both kept correct by triggers in the database, so every
-- node (and every path that writes attendance, SQL included) sees the same figures in the next report.
--
-- competence_evidence: one row per attended invitation and competence of the attended seminar's talks (the rule of
-- the official's record: attended_at set; in person when remote_site_id is null, else at that district's site).
-- It is derived data: the triggers below rewrite it when attendance or a talk's competences change.
create table competence_evidence (
    official_id    bigint not null references official (id),
    competence_id  bigint not null references competence (id),
    seminar_id     bigint not null references seminar (id) on delete cascade,
    invitation_id  bigint not null references invitation (id) on delete cascade,
    attended_on    date not null,
    in_person      boolean not null,
    primary key (invitation_id, competence_id)
);
create index competence_evidence_competence_idx on competence_evidence (competence_id, official_id);
create index competence_evidence_official_idx on competence_evidence (official_id);
create index competence_evidence_seminar_idx on competence_evidence (seminar_id, competence_id);

-- coverage_org_seminar: per seminar and organisation (the official's organisation), how many of its officials were
-- invited (sent: state not CREATED or CANCELLED, as the participation counts say) and attended in person or at a
-- district site. Small (seminars × organisations invited), so a whole-programme report reads tens of thousands of
-- rows instead of every invitation. Increments are row upserts, so concurrent check-ins on two nodes add up.
create table coverage_org_seminar (
    seminar_id          bigint not null references seminar (id) on delete cascade,
    organisation_id     bigint not null references organisation (id) on delete cascade,
    invited             integer not null default 0,
    attended_in_person  integer not null default 0,
    attended_remote     integer not null default 0,
    primary key (seminar_id, organisation_id)
);
create index coverage_org_seminar_org_idx on coverage_org_seminar (organisation_id);

create function reporting_attended_on(ts timestamptz) returns date language sql immutable as $$
    select (ts at time zone 'Europe/Minsk')::date
$$;

-- evidence of one invitation, rewritten from scratch (an invitation has a handful of competences)
create function reporting_evidence_rewrite(inv bigint) returns void language plpgsql as $$
begin
    delete from competence_evidence where invitation_id = inv;
    insert into competence_evidence (official_id, competence_id, seminar_id, invitation_id, attended_on, in_person)
    select distinct i.official_id, tc.competence_id, i.seminar_id, i.id, reporting_attended_on(i.attended_at),
           i.remote_site_id is null
    from invitation i
    join talk t on t.seminar_id = i.seminar_id
    join talk_competence tc on tc.talk_id = t.id
    where i.id = inv and i.attended_at is not null;
end $$;

create function reporting_coverage_add(sem bigint, off bigint, st text, att timestamptz, site bigint, sign integer)
    returns void language plpgsql as $$
begin
    if st in ('CREATED', 'CANCELLED') and att is null then
        return; -- counts nothing
    end if;
    insert into coverage_org_seminar (seminar_id, organisation_id, invited, attended_in_person, attended_remote)
    select sem, o.organisation_id,
           sign * (case when st not in ('CREATED', 'CANCELLED') or att is not null then 1 else 0 end),
           sign * (case when att is not null and site is null then 1 else 0 end),
           sign * (case when att is not null and site is not null then 1 else 0 end)
    from official o
    -- a seminar being deleted cascades to its invitations after its own row is gone: nothing to count then
    where o.id = off and exists (select 1 from seminar where id = sem)
    on conflict (seminar_id, organisation_id) do update
        set invited = coverage_org_seminar.invited + excluded.invited,
            attended_in_person = coverage_org_seminar.attended_in_person + excluded.attended_in_person,
            attended_remote = coverage_org_seminar.attended_remote + excluded.attended_remote;
end $$;

create function reporting_invitation_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform reporting_coverage_add(old.seminar_id, old.official_id, old.state, old.attended_at, old.remote_site_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform reporting_coverage_add(new.seminar_id, new.official_id, new.state, new.attended_at, new.remote_site_id, 1);
        if tg_op = 'INSERT' and new.attended_at is null then
            return null;
        end if;
        perform reporting_evidence_rewrite(new.id);
    end if;
    return null; -- a deleted invitation's evidence goes by its foreign key's cascade
end $$;

-- Only changes that move a figure fire the trigger: an RSVP (SENT -> ACCEPTED_*) moves none, so the registration
-- rush pays nothing for reporting.
-- A draft invitation (CREATED) moves no figure: expanding an audience into thousands of drafts pays nothing.
create trigger reporting_invitation_insert after insert on invitation
    for each row when (new.state not in ('CREATED', 'CANCELLED') or new.attended_at is not null)
    execute function reporting_invitation_changed();
create trigger reporting_invitation_delete after delete on invitation
    for each row when (old.state not in ('CREATED', 'CANCELLED') or old.attended_at is not null)
    execute function reporting_invitation_changed();
create trigger reporting_invitation_update after update on invitation
    for each row when (
        (old.state in ('CREATED', 'CANCELLED')) is distinct from (new.state in ('CREATED', 'CANCELLED'))
        or old.attended_at is distinct from new.attended_at
        or (old.remote_site_id is distinct from new.remote_site_id and (old.attended_at is not null or new.attended_at is not null))
        or old.official_id <> new.official_id
        or old.seminar_id <> new.seminar_id)
    execute function reporting_invitation_changed();

-- an official moving to another organisation takes their invitations' figures along
create function reporting_official_moved() returns trigger language plpgsql as $$
declare
    r record;
begin
    for r in select seminar_id, state, attended_at, remote_site_id from invitation where official_id = new.id loop
        insert into coverage_org_seminar (seminar_id, organisation_id) values (r.seminar_id, old.organisation_id)
            on conflict do nothing;
        update coverage_org_seminar
           set invited = invited - (case when r.state not in ('CREATED', 'CANCELLED') or r.attended_at is not null then 1 else 0 end),
               attended_in_person = attended_in_person - (case when r.attended_at is not null and r.remote_site_id is null then 1 else 0 end),
               attended_remote = attended_remote - (case when r.attended_at is not null and r.remote_site_id is not null then 1 else 0 end)
         where seminar_id = r.seminar_id and organisation_id = old.organisation_id;
        perform reporting_coverage_add(r.seminar_id, new.id, r.state, r.attended_at, r.remote_site_id, 1);
    end loop;
    return null;
end $$;
create trigger reporting_official_moved after update of organisation_id on official
    for each row when (old.organisation_id <> new.organisation_id) execute function reporting_official_moved();

-- a talk's competences: add or remove the evidence of every attended invitation of its seminar
create function reporting_talk_competence_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        delete from competence_evidence e
         using talk t
         where t.id = old.talk_id and e.seminar_id = t.seminar_id and e.competence_id = old.competence_id
           and not exists (select 1 from talk_competence tc join talk t2 on t2.id = tc.talk_id
                            where t2.seminar_id = t.seminar_id and tc.competence_id = old.competence_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into competence_evidence (official_id, competence_id, seminar_id, invitation_id, attended_on, in_person)
        select i.official_id, new.competence_id, i.seminar_id, i.id, reporting_attended_on(i.attended_at), i.remote_site_id is null
        from talk t join invitation i on i.seminar_id = t.seminar_id
        where t.id = new.talk_id and i.attended_at is not null
        on conflict do nothing;
    end if;
    return null;
end $$;
create trigger reporting_talk_competence_changed after insert or delete or update of talk_id, competence_id on talk_competence
    for each row execute function reporting_talk_competence_changed();

-- A deleted talk's tags go first, while the talk still names its seminar (a cascade would remove them after it).
create function reporting_talk_deleting() returns trigger language plpgsql as $$
begin
    delete from talk_competence where talk_id = old.id;
    return old;
end $$;
create trigger reporting_talk_deleting before delete on talk
    for each row execute function reporting_talk_deleting();

-- the figures of the data already there
insert into competence_evidence (official_id, competence_id, seminar_id, invitation_id, attended_on, in_person)
select distinct i.official_id, tc.competence_id, i.seminar_id, i.id, reporting_attended_on(i.attended_at), i.remote_site_id is null
from invitation i join talk t on t.seminar_id = i.seminar_id join talk_competence tc on tc.talk_id = t.id
where i.attended_at is not null;

insert into coverage_org_seminar (seminar_id, organisation_id, invited, attended_in_person, attended_remote)
select i.seminar_id, o.organisation_id,
       count(*) filter (where i.state not in ('CREATED', 'CANCELLED') or i.attended_at is not null),
       count(*) filter (where i.attended_at is not null and i.remote_site_id is null),
       count(*) filter (where i.attended_at is not null and i.remote_site_id is not null)
from invitation i join official o on o.id = i.official_id
group by i.seminar_id, o.organisation_id;
