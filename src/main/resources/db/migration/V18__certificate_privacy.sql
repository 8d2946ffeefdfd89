-- A certificate's PDF is a document, not a change worth diffing: it stays out of the audit log's JSON like the
-- secrets do (its facts — serial, name, seminar, revocation — are logged as columns).
create or replace function audit_clean(row_json jsonb) returns jsonb language sql immutable as $$
    select row_json - array['password_hash', 'token_hash', 'token_nonce', 'search_text', 'pdf']
$$;

-- Entries written before this migration lose their PDF copies: the one change the log allows (see V10).
select set_config('egov.audit_redaction', 'on', true);
update audit_log set before = audit_clean(before), after = audit_clean(after), diff = diff - 'pdf'
where entity = 'certificate' and (before ? 'pdf' or after ? 'pdf' or diff ? 'pdf');
