-- Administrative-territorial division of Belarus. Reference data only; rows come from V2.
-- Case forms are stored rather than computed because Russian and Belarusian declension of
-- proper names has too many exceptions for rules (Буда-Кошелёвский, Октябрьский, ...),
-- and generated news text (publishing) must be exactly right.
create table territory (
    id          bigint generated always as identity primary key,
    code        varchar(60) not null unique,
    level       varchar(20) not null
                check (level in ('CITY_OF_REPUBLIC', 'OBLAST', 'DISTRICT', 'CITY', 'CITY_DISTRICT')),
    parent_id   bigint references territory (id),
    sort_order  integer not null default 0,
    name_ru     text not null,
    name_be     text not null,
    name_en     text not null,
    -- administrative centre (districts; for oblasts the oblast centre)
    centre_ru   text,
    centre_be   text,
    centre_en   text,
    -- masculine adjective that names the body of this unit: «Гродненский» (областной исполнительный комитет)
    adj_ru      text,
    adj_be      text,
    -- Russian case forms of name_ru (nominative is name_ru itself)
    ru_gen      text not null,
    ru_dat      text not null,
    ru_acc      text not null,
    ru_ins      text not null,
    ru_prep     text not null,
    -- Belarusian case forms of name_be
    be_gen      text not null,
    be_dat      text not null,
    be_acc      text not null,
    be_ins      text not null,
    be_prep     text not null,
    -- cities of oblast subordination change over time: keep the period, not a flag
    subordinate_from date,
    subordinate_to   date,
    constraint territory_parent_required check ((level in ('CITY_OF_REPUBLIC', 'OBLAST')) = (parent_id is null))
);

create index territory_parent_idx on territory (parent_id);
create index territory_level_idx on territory (level);
