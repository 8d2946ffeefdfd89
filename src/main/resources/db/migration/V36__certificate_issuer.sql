-- What a certificate printed about who issued it, kept with it for the verification page: the issuing organisation
-- (the seminar's first organiser on the day of issue) and the signatory (name, position). Certificates issued before
-- take their seminar's first organiser now; they printed no signatory.
alter table certificate add column issuer text;
alter table certificate add column signatory text;

update certificate c set issuer = (
    select case when c.language = 'be' and coalesce(g.name_be, '') <> '' then g.name_be else g.name_ru end
    from seminar_organiser so join organisation g on g.id = so.organisation_id
    where so.seminar_id = c.seminar_id order by so.position, g.id limit 1);
