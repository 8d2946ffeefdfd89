package by.egov.academy.programme.expert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExpertRepository {

    private static final String SELECT = """
            select e.id, e.full_name, e.position as position_ru, e.position_be, e.position_en, e.organisation_id,
                   o.name_ru as organisation_name_ru, o.name_be as organisation_name_be, o.name_en as organisation_name_en,
                   o.category as organisation_category, e.email, e.language, e.account_id, e.retired_at, e.merged_into,
                   (select count(*) from talk_speaker ts where ts.expert_id = e.id) as talk_count
            from expert e join organisation o on o.id = e.organisation_id
            """;

    // ё and е are one letter for people typing names; the name or the organisation's name may match
    private static final String WHERE = """
             where (cast(:q as text) is null
                    or translate(lower(e.full_name), 'ё', 'е') like '%' || translate(lower(cast(:q as text)), 'ё', 'е') || '%'
                    or translate(lower(o.name_ru || ' ' || coalesce(o.name_be, '') || ' ' || coalesce(o.name_en, '')), 'ё', 'е')
                       like '%' || translate(lower(cast(:q as text)), 'ё', 'е') || '%')
               and (:includeRetired or e.retired_at is null)
            """;

    /** The fields an insert or update writes, already merged with what was recorded. */
    record Row(String fullName, String positionRu, String positionBe, String positionEn, long organisationId,
               String email, String language) {
    }

    private final JdbcClient jdbc;

    ExpertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Expert> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(Expert.class).optional();
    }

    Optional<Expert> byAccount(long accountId) {
        return jdbc.sql(SELECT + " where e.account_id = :a").param("a", accountId).query(Expert.class).optional();
    }

    List<Expert> ofIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.id = any(cast(string_to_array(cast(:ids as text), ',') as bigint[])) order by e.full_name collate ru_icu")
                .param("ids", String.join(",", ids.stream().map(String::valueOf).toList()))
                .query(Expert.class).list();
    }

    List<Expert> search(String q, boolean includeRetired, int limit, int offset) {
        return jdbc.sql(SELECT + WHERE + " order by e.full_name collate ru_icu, o.name_ru collate ru_icu, e.id limit :limit offset :offset")
                .param("q", like(q)).param("includeRetired", includeRetired)
                .param("limit", limit).param("offset", offset)
                .query(Expert.class).list();
    }

    long count(String q, boolean includeRetired) {
        return jdbc.sql("select count(*) from expert e join organisation o on o.id = e.organisation_id" + WHERE)
                .param("q", like(q)).param("includeRetired", includeRetired).query(Long.class).single();
    }

    /** Others with the same surname (first word, ё and е alike): probably the same person recorded twice. */
    List<Expert> possibleDuplicates(Expert e) {
        return jdbc.sql(SELECT + """
                         where e.id <> :id and e.merged_into is null
                           and split_part(translate(lower(btrim(e.full_name)), 'ё', 'е'), ' ', 1)
                             = split_part(translate(lower(btrim(:name)), 'ё', 'е'), ' ', 1)
                         order by e.full_name collate ru_icu limit 20
                        """).param("id", e.id()).param("name", e.fullName()).query(Expert.class).list();
    }

    /**
     * The expert of that name (any case, ё and е alike) in that organisation, merged ones aside. The caller holds
     * {@link #lockName} so that two users saving the same person at once cannot both pass this check.
     */
    Optional<Expert> sameName(String fullName, long organisationId, Long except) {
        return jdbc.sql(SELECT + """
                         where translate(lower(btrim(e.full_name)), 'ё', 'е') = translate(lower(btrim(:n)), 'ё', 'е')
                           and e.organisation_id = :o and e.merged_into is null
                           and (cast(:except as bigint) is null or e.id <> cast(:except as bigint))
                         order by e.id limit 1
                        """).param("n", fullName).param("o", organisationId).param("except", except)
                .query(Expert.class).optional();
    }

    void lockName(String fullName, long organisationId) {
        jdbc.sql("""
                        select 1 from (select pg_advisory_xact_lock(hashtext('expert:' || translate(lower(btrim(:n)), 'ё', 'е')
                                                                    || ':' || :o))) locked
                        """).param("n", fullName).param("o", organisationId).query(Integer.class).single();
    }

    long insert(Row r) {
        return jdbc.sql("""
                        insert into expert (full_name, position, position_be, position_en, organisation_id, email, language)
                        values (:n, :ru, :be, :en, :o, :email, :lang) returning id
                        """).params(params(r)).query(Long.class).single();
    }

    void update(long id, Row r) {
        jdbc.sql("""
                        update expert set full_name = :n, position = :ru, position_be = :be, position_en = :en,
                                          organisation_id = :o, email = :email, language = :lang
                        where id = :id
                        """).params(params(r)).param("id", id).update();
    }

    private static java.util.Map<String, Object> params(Row r) {
        var m = new java.util.HashMap<String, Object>();
        m.put("n", r.fullName());
        m.put("ru", r.positionRu());
        m.put("be", r.positionBe());
        m.put("en", r.positionEn());
        m.put("o", r.organisationId());
        m.put("email", r.email());
        m.put("lang", r.language());
        return m;
    }

    boolean retire(long id, Instant now) {
        return jdbc.sql("update expert set retired_at = :now where id = :id and retired_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** Deletes an expert who never spoke and into whom nobody was merged; the check and the delete are one statement. */
    boolean deleteIfUnused(long id) {
        return jdbc.sql("""
                        delete from expert e where e.id = :id
                          and not exists (select 1 from talk_speaker ts where ts.expert_id = e.id)
                          and not exists (select 1 from expert m where m.merged_into = e.id)
                        """).param("id", id).update() == 1;
    }

    /** Both rows locked in id order, so two merges of the same pair wait for each other instead of deadlocking. */
    void lockPair(long a, long b) {
        jdbc.sql("select id from expert where id in (:a, :b) order by id for update").param("a", a).param("b", b)
                .query(Long.class).list();
    }

    /**
     * Moves every talk of {@code from} to {@code into} (a talk both spoke at keeps one speaker row), fills what
     * the kept record lacks from the other, hands over the account when the kept one has none, and marks
     * {@code from} merged and retired.
     */
    void merge(long from, long into, Instant now) {
        jdbc.sql("""
                        insert into talk_speaker (talk_id, expert_id, position)
                        select talk_id, :into, position from talk_speaker where expert_id = :from
                        on conflict (talk_id, expert_id) do nothing
                        """).param("from", from).param("into", into).update();
        jdbc.sql("delete from talk_speaker where expert_id = :from").param("from", from).update();
        jdbc.sql("update expert set merged_into = :into where merged_into = :from").param("from", from).param("into", into).update();
        Long account = jdbc.sql("select account_id from expert where id = :from").param("from", from).query(Long.class).optional()
                .orElse(null);
        boolean handOver = account != null && jdbc.sql("select account_id is null from expert where id = :into")
                .param("into", into).query(Boolean.class).single();
        jdbc.sql("""
                        update expert set merged_into = :into, retired_at = coalesce(retired_at, :now),
                                          account_id = case when :handOver then null else account_id end
                        where id = :from
                        """).param("from", from).param("into", into).param("now", Timestamp.from(now))
                .param("handOver", handOver).update();
        jdbc.sql("""
                        update expert k set position = coalesce(k.position, f.position),
                                            position_be = coalesce(k.position_be, f.position_be),
                                            position_en = coalesce(k.position_en, f.position_en),
                                            email = coalesce(k.email, f.email),
                                            account_id = case when :handOver then :account else k.account_id end
                        from expert f where k.id = :into and f.id = :from
                        """).param("from", from).param("into", into).param("handOver", handOver).param("account", account)
                .update();
    }

    void linkAccount(long id, long accountId) {
        jdbc.sql("update expert set account_id = :a where id = :id").param("a", accountId).param("id", id).update();
    }

    private static String like(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
