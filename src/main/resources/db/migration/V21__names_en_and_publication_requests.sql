-- English names of organisations, so the English news item names its organisers and experts in English
-- instead of Russian, and a regional coordinator's request to the programme office to publish a news item.

alter table organisation add column if not exists name_be text check (length(name_be) <= 500);
alter table organisation add column if not exists name_en text check (length(name_en) <= 500);

-- The reference bodies of V4, named in English from their territory's English name the way the bodies
-- themselves write it («Гродненский областной исполнительный комитет» is the Grodno Regional Executive
-- Committee). Only rows still carrying V4's generated Russian name: a body renamed since keeps no guess.
update organisation o set name_en = regexp_replace(t.name_en, ' Region$', '') || ' Regional Executive Committee'
from territory t
where t.id = o.territory_id and o.name_en is null and o.category = 'OBLAST_EXECUTIVE_COMMITTEE'
  and t.level = 'OBLAST' and o.name_ru = t.adj_ru || ' областной исполнительный комитет';

update organisation o set name_en = t.name_en || ' City Executive Committee'
from territory t
where t.id = o.territory_id and o.name_en is null and o.category = 'CITY_EXECUTIVE_COMMITTEE'
  and t.level in ('CITY_OF_REPUBLIC', 'CITY') and o.name_ru = t.adj_ru || ' городской исполнительный комитет';

update organisation o set name_en = regexp_replace(t.name_en, ' District$', '') || ' District Executive Committee'
from territory t
where t.id = o.territory_id and o.name_en is null and o.category = 'DISTRICT_EXECUTIVE_COMMITTEE'
  and t.level = 'DISTRICT' and o.name_ru = t.adj_ru || ' районный исполнительный комитет';

update organisation o set name_en = 'Administration of the ' || d.name_en || ' of ' || c.name_en
from territory d join territory c on c.id = d.parent_id
where d.id = o.territory_id and o.name_en is null and o.category = 'CITY_DISTRICT_ADMINISTRATION'
  and d.level = 'CITY_DISTRICT'
  and o.name_ru = 'Администрация ' || d.ru_gen || ' ' ||
                  case when c.level = 'CITY_OF_REPUBLIC' then c.ru_gen else 'г. ' || c.ru_gen end;

-- The ministry of V8, by the name on its own English pages.
update organisation set name_en = 'Ministry of Communications and Informatization of the Republic of Belarus'
where name_ru = 'Министерство связи и информатизации Республики Беларусь' and name_en is null;

-- (The demo organisations are created after the migrations, by DirectoryDemoData, which records their English
-- names itself and fills them in on a database whose demo data predates this migration.)

-- A coordinator asks the programme office to publish; the office publishes (which clears the request) or
-- returns the item with a comment. The request, the return and the comment are kept on the item.
alter table news_item add column requested_by text;
alter table news_item add column requested_at timestamptz;
alter table news_item add column returned_by text;
alter table news_item add column returned_at timestamptz;
alter table news_item add column return_comment text check (length(return_comment) <= 2000);
alter table news_item add constraint news_item_request_whole check ((requested_by is null) = (requested_at is null));
create index news_item_requested_idx on news_item (requested_at) where requested_at is not null;
