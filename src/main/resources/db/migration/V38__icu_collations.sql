-- Russian and Belarusian alphabetical order through ICU, whatever the database's own collation is (often "C",
-- which puts «Ё» before «А» and «Ў» after «я»). Lists of names use them: `order by name_ru collate ru_icu`.
-- Russian sorts «Ё» with «Е»; Belarusian has «Ё» and «Ў» as letters of their own, after «Е» and «У».
create collation if not exists ru_icu (provider = icu, locale = 'ru-RU');
create collation if not exists be_icu (provider = icu, locale = 'be-BY');
