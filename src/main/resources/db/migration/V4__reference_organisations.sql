-- The executive bodies every seminar invites, created from the territory reference data (V2):
-- every oblast, district and city executive committee and every city district administration.
-- Names follow the official pattern «<adjective> областной/районный/городской исполнительный комитет»
-- and «Администрация <district in genitive> г. <city in genitive>».

insert into organisation (name_ru, name_be, category, territory_id)
select adj_ru || ' областной исполнительный комитет', adj_be || ' абласны выканаўчы камітэт',
       'OBLAST_EXECUTIVE_COMMITTEE', id
from territory where level = 'OBLAST';

insert into organisation (name_ru, name_be, category, territory_id)
select adj_ru || ' городской исполнительный комитет', adj_be || ' гарадскі выканаўчы камітэт',
       'CITY_EXECUTIVE_COMMITTEE', id
from territory where level = 'CITY_OF_REPUBLIC';

insert into organisation (name_ru, name_be, category, territory_id)
select adj_ru || ' районный исполнительный комитет', adj_be || ' раённы выканаўчы камітэт',
       'DISTRICT_EXECUTIVE_COMMITTEE', id
from territory where level = 'DISTRICT';

-- Only cities whose executive committee is separate from the district's: in the others (Lida, Orsha,
-- Mozyr, ...) the district executive committee also governs the city since the 2000s mergers.
insert into organisation (name_ru, name_be, category, territory_id)
select adj_ru || ' городской исполнительный комитет', adj_be || ' гарадскі выканаўчы камітэт',
       'CITY_EXECUTIVE_COMMITTEE', id
from territory
where level = 'CITY'
  and name_ru in ('Брест', 'Барановичи', 'Пинск', 'Витебск', 'Новополоцк', 'Гомель', 'Гродно',
                  'Могилёв', 'Бобруйск', 'Жодино');

insert into organisation (name_ru, name_be, category, territory_id)
select 'Администрация ' || d.ru_gen || ' ' ||
           case when c.level = 'CITY_OF_REPUBLIC' then c.ru_gen else 'г. ' || c.ru_gen end,
       'Адміністрацыя ' || d.be_gen || ' ' ||
           case when c.level = 'CITY_OF_REPUBLIC' then c.be_gen else 'г. ' || c.be_gen end,
       'CITY_DISTRICT_ADMINISTRATION', d.id
from territory d
join territory c on c.id = d.parent_id
where d.level = 'CITY_DISTRICT';
