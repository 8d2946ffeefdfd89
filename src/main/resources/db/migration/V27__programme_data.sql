-- Programme data as events really happen (issue 13): kinds of event and hosts at any level, organisers
-- with roles, seminars with a date but no times, and reference data (experts, topics, venues, cycles,
-- programmes) that users create, translate, retire and merge. Written as add, backfill, constrain.

-- organisations: the partners experts come from are not only IT companies
alter table organisation drop constraint organisation_category_check;
alter table organisation add constraint organisation_category_check check (category in (
    'OBLAST_EXECUTIVE_COMMITTEE', 'CITY_EXECUTIVE_COMMITTEE', 'DISTRICT_EXECUTIVE_COMMITTEE',
    'CITY_DISTRICT_ADMINISTRATION', 'HOUSING_UTILITIES', 'MINISTRY', 'PARTNER_IT_COMPANY',
    'RESEARCH_INSTITUTE', 'UNIVERSITY', 'INTERNATIONAL_ORGANISATION', 'OTHER'));

-- programmes: several may exist; the 2016 one stays the default
alter table programme add column is_default boolean not null default false;
update programme set is_default = true where id = (select min(id) from programme);
create unique index programme_one_default_uq on programme (is_default) where is_default;

-- cycles: described in three languages
alter table cycle add column description_ru text check (length(description_ru) <= 5000),
                  add column description_be text check (length(description_be) <= 5000),
                  add column description_en text check (length(description_en) <= 5000);

-- experts: position in three languages (position stays the Russian one), retired rather than deleted once
-- they spoke, merged into the record that stays when two records are one person
alter table expert add column position_be text check (length(position_be) <= 500),
                   add column position_en text check (length(position_en) <= 500),
                   add column retired_at timestamptz,
                   add column merged_into bigint references expert (id),
                   add column created_at timestamptz not null default now();
create index expert_name_idx on expert (lower(full_name));

-- topics: proposed by coordinators, approved by the programme office, retired but kept on old talks
alter table topic add column state varchar(20) not null default 'APPROVED'
                      check (state in ('PROPOSED', 'APPROVED', 'REJECTED')),
                  add column retired_at timestamptz,
                  add column proposed_by text,
                  add column created_at timestamptz not null default now();
alter table topic alter column name_be drop not null, alter column name_en drop not null;
alter table topic add constraint topic_name_ru_ck check (length(btrim(name_ru)) between 1 and 300);

-- which framework competences a topic serves (owned by the competence module, like talk_competence)
create table topic_competence (
    topic_id       bigint not null references topic (id) on delete cascade,
    competence_id  bigint not null references competence (id),
    primary key (topic_id, competence_id)
);

-- venues: names, addresses and notes in three languages (address stays the Russian one)
alter table venue add column name_en text check (length(name_en) <= 500),
                  add column address_be text check (length(address_be) <= 500),
                  add column address_en text check (length(address_en) <= 500),
                  add column notes_ru text check (length(notes_ru) <= 5000),
                  add column notes_be text check (length(notes_be) <= 5000),
                  add column notes_en text check (length(notes_en) <= 5000),
                  add column retired_at timestamptz;

-- seminars: the kind of event; a date without times (shown as a date, an all-day calendar event)
alter table seminar add column kind varchar(30);
update seminar set kind = case when level = 'REPUBLIC' then 'REPUBLIC_SESSION' else 'REGIONAL_SEMINAR' end;
alter table seminar alter column kind set not null,
                    alter column kind set default 'REGIONAL_SEMINAR',
                    add constraint seminar_kind_ck check (kind in ('REGIONAL_SEMINAR', 'REPUBLIC_SESSION', 'TRAINING', 'WEBINAR'));
alter table seminar add column all_day boolean not null default false;
-- an all-day seminar runs from midnight to midnight in Minsk
alter table seminar add constraint seminar_all_day_ck check (not all_day or starts_at is null or (
    starts_at = date_trunc('day', starts_at at time zone 'Europe/Minsk') at time zone 'Europe/Minsk'
    and ends_at = date_trunc('day', ends_at at time zone 'Europe/Minsk') at time zone 'Europe/Minsk'));

-- organisers in order, each with its role; the ministry organised and the host's committee co-organised
alter table seminar_organiser add column role varchar(20);
update seminar_organiser set role = case when position = 0 then 'ORGANISER' else 'CO_ORGANISER' end;
alter table seminar_organiser alter column role set not null,
                              alter column role set default 'ORGANISER',
                              add constraint seminar_organiser_role_ck check (role in (
                                  'ORGANISER', 'CO_ORGANISER', 'VENUE_HOST', 'PARTNER', 'SUPPORT'));
