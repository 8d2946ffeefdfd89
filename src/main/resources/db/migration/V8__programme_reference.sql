-- The organiser and the programme exist in every installation, not only with demo data: the ministry
-- runs the programme, which the Government started in 2016 (shared/reference/grodno-2017-09-08-news.txt).
insert into organisation (name_ru, name_be, category, territory_id, address)
select 'Министерство связи и информатизации Республики Беларусь',
       'Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь', 'MINISTRY', t.id,
       '220030, г. Минск, пр-т Независимости, 10'
from territory t
where t.code = 'BY-HM'
  and not exists (select 1 from organisation where name_ru = 'Министерство связи и информатизации Республики Беларусь');

insert into programme (title_ru, title_be, title_en, start_year, description_ru, description_be, description_en)
select 'Проект по постоянному наращиванию компетенций руководителей высшего звена в сфере электронного правительства',
       'Праект па пастаянным нарошчванні кампетэнцый кіраўнікоў вышэйшага звяна ў сферы электроннага ўрада',
       'Continuous building of senior officials'' competences in e-government',
       2016,
       'Инициирован Правительством Республики Беларусь в 2016 году. Мероприятия республиканского уровня '
           || 'продемонстрировали практическую значимость; Министерство связи и информатизации перешло к циклам '
           || 'региональных семинаров совместно с ведущими ИТ-компаниями.',
       'Распачаты Урадам Рэспублікі Беларусь у 2016 годзе. Мерапрыемствы рэспубліканскага ўзроўню паказалі '
           || 'практычную значнасць; Міністэрства сувязі і інфарматызацыі перайшло да цыклаў рэгіянальных семінараў '
           || 'разам з вядучымі ІТ-кампаніямі.',
       'Started by the Government of the Republic of Belarus in 2016. After republic-level events proved their '
           || 'practical value, the Ministry of Communications and Informatization moved on to cycles of regional '
           || 'seminars with leading IT companies.'
where not exists (select 1 from programme);
