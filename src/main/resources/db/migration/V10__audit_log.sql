-- The audit log: every write to a business table, with who, when, from which address, the row before and
-- after and the changed keys, written by triggers so that no code path can forget it. Who and the address
-- are transaction-local settings (egov.actor, egov.address) the application sets when a transaction begins;
-- a write without them (migrations, workers, scheduled jobs) is recorded as 'system'.
create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    actor      text not null,
    address    text,
    entity     text not null,
    entity_id  text,
    action     varchar(10) not null check (action in ('INSERT', 'UPDATE', 'DELETE', 'EXPORT', 'ERASE')),
    before     jsonb,
    after      jsonb,
    -- only the changed keys: {"key": [old, new]}
    diff       jsonb
);
create index audit_log_entity_idx on audit_log (entity, entity_id, id desc);
create index audit_log_actor_idx on audit_log (lower(actor), id desc);
create index audit_log_at_idx on audit_log (at);

-- Columns never copied into the log: secrets (only their hashes are in the tables, but a hash is still a
-- credential to guess against) and derived search text that repeats the name.
create function audit_clean(row_json jsonb) returns jsonb language sql immutable as $$
    select row_json - array['password_hash', 'token_hash', 'token_nonce', 'search_text']
$$;

create function audit_actor() returns text language sql stable as $$
    select coalesce(nullif(current_setting('egov.actor', true), ''), 'system')
$$;

create function audit_address() returns text language sql stable as $$
    select nullif(current_setting('egov.address', true), '')
$$;

-- An explicit entry the application writes (a personal-data export, an erasure), with the same who and address.
create function audit_record(p_entity text, p_entity_id text, p_action text, p_details jsonb) returns bigint
    language sql as $$
    insert into audit_log (actor, address, entity, entity_id, action, after)
    values (audit_actor(), audit_address(), p_entity, p_entity_id, p_action, p_details)
    returning id
$$;

-- Trigger arguments: the id column (default 'id'), then columns whose change alone is not worth an entry
-- (e.g. api_token.last_used_at, touched on every API call).
create function audit_row() returns trigger language plpgsql as $$
declare
    old_json   jsonb := case when tg_op in ('UPDATE', 'DELETE') then audit_clean(to_jsonb(old)) end;
    new_json   jsonb := case when tg_op in ('INSERT', 'UPDATE') then audit_clean(to_jsonb(new)) end;
    id_column  text := coalesce(tg_argv[0], 'id');
    changes    jsonb;
    ignored    text[] := coalesce(tg_argv[1:], array[]::text[]);
begin
    select jsonb_object_agg(k, jsonb_build_array(coalesce(old_json, '{}') -> k, coalesce(new_json, '{}') -> k))
    into changes
    from (select jsonb_object_keys(coalesce(old_json, '{}') || coalesce(new_json, '{}')) as k) keys
    where coalesce(old_json -> k, 'null') is distinct from coalesce(new_json -> k, 'null');
    if tg_op = 'UPDATE' and (changes is null or (changes - ignored) = '{}'::jsonb) then
        return null;
    end if;
    insert into audit_log (actor, address, entity, entity_id, action, before, after, diff)
    values (audit_actor(), audit_address(), tg_table_name,
            coalesce(new_json, old_json) ->> id_column, tg_op, old_json, new_json, changes);
    return null;
end
$$;

-- Entries are never changed or removed, with one exception: the erasure of a person's data redacts that
-- person's fields in earlier entries (audit_redact below), which sets egov.audit_redaction for its own
-- transaction only and may change nothing but the before, after and diff documents.
create function audit_log_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('egov.audit_redaction', true) = 'on' then
        if new.id = old.id and new.at = old.at and new.actor = old.actor
                and new.address is not distinct from old.address and new.entity = old.entity
                and new.entity_id is not distinct from old.entity_id and new.action = old.action then
            return new;
        end if;
    end if;
    raise exception 'audit_log entries cannot be changed or removed (%)', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_immutable();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_immutable();

-- Replaces the given keys of one entity's entries by a marker, in before, after and diff.
create function audit_redact(p_entity text, p_entity_id text, p_keys text[], p_marker text) returns integer
    language plpgsql as $$
declare
    n integer;
    previous text := current_setting('egov.audit_redaction', true);
begin
    perform set_config('egov.audit_redaction', 'on', true);
    update audit_log set
        before = case when before is not null then (select jsonb_object_agg(k, case when k = any (p_keys)
                      and v <> 'null'::jsonb then to_jsonb(p_marker) else v end) from jsonb_each(before) e(k, v)) end,
        after = case when after is not null then (select jsonb_object_agg(k, case when k = any (p_keys)
                      and v <> 'null'::jsonb then to_jsonb(p_marker) else v end) from jsonb_each(after) e(k, v)) end,
        diff = case when diff is not null then (select jsonb_object_agg(k, case when k = any (p_keys)
                      then jsonb_build_array(to_jsonb(p_marker), to_jsonb(p_marker)) else v end)
                from jsonb_each(diff) e(k, v)) end
    where entity = p_entity and entity_id = p_entity_id
      and (before ?| p_keys or after ?| p_keys or diff ?| p_keys);
    get diagnostics n = row_count;
    perform set_config('egov.audit_redaction', coalesce(previous, ''), true);
    return n;
end
$$;

-- an erased official keeps its row (invitations and attendance stay countable) but no personal data
alter table official add column erased_at timestamptz;

create trigger audit_row after insert or update or delete on organisation for each row execute function audit_row();
create trigger audit_row after insert or update or delete on official for each row execute function audit_row();
create trigger audit_row after insert or update or delete on account for each row execute function audit_row();
create trigger audit_row after insert or update or delete on api_token
    for each row execute function audit_row('id', 'last_used_at');
create trigger audit_row after insert or update or delete on programme for each row execute function audit_row();
create trigger audit_row after insert or update or delete on cycle for each row execute function audit_row();
create trigger audit_row after insert or update or delete on venue for each row execute function audit_row();
create trigger audit_row after insert or update or delete on seminar for each row execute function audit_row();
create trigger audit_row after insert or update or delete on seminar_organiser
    for each row execute function audit_row('seminar_id');
create trigger audit_row after insert or update or delete on expert for each row execute function audit_row();
create trigger audit_row after insert or update or delete on topic for each row execute function audit_row();
create trigger audit_row after insert or update or delete on talk for each row execute function audit_row();
create trigger audit_row after insert or update or delete on talk_speaker
    for each row execute function audit_row('talk_id');
create trigger audit_row after insert or update or delete on talk_topic
    for each row execute function audit_row('talk_id');
create trigger audit_row after insert or update or delete on remote_site for each row execute function audit_row();
create trigger audit_row after insert or update or delete on material for each row execute function audit_row();
create trigger audit_row after insert or update or delete on audience_rule for each row execute function audit_row();
create trigger audit_row after insert or update or delete on invitation for each row execute function audit_row();
