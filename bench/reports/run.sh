#!/usr/bin/env bash
# Reports benchmark (issue 7): on the national synthetic dataset (50,000 officials, ten years), time through HTTP the
# coverage report (whole programme, by district: GET /api/v1/reports/coverage as the programme office), the gap report
# (GET /api/v1/reports/gaps?oblast=ID) and the planner (GET /api/v1/reports/planner?seminar=ID) — p50 and p95 over
# RUNS (20) warm runs — and, in the same run, the best plain SQL for the same figures through psql (p50 of RUNS).
# An endpoint the build does not have yet is reported as null.
# Targets: each report's p50 at most 1.5x its SQL and under 300 ms; the planner under 1 s.
#
# Usage: bench/reports/run.sh            reuses DATA_DIR (default ./data/national) when it holds the dataset,
#        REGENERATE=1 bench/reports/run.sh  makes it anew (and reports the load time)
# Needs: curl, psql (Debian's postgresql-client), awk.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${BENCH_PORT:-18096}
RUNS=${RUNS:-20}
DATA_DIR=${DATA_DIR:-./data/national}
PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-admin-pass1}
PSQL=${PSQL:-$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)}
JAR=$(ls target/egov-academy-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/egov-academy-*.jar | head -1); fi
WORK=$(mktemp -d /tmp/egov-reportbench.XXXXXX)
APP_PID=""
cleanup() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
COMMON=(--egov.database.data-dir="$DATA_DIR" --egov.admin.password="$PASSWORD" --egov.demo.enabled=false
        --spring.mail.host=127.0.0.1 --spring.mail.port=9 --logging.level.root=WARN
        --logging.level.by.egov.academy.platform=INFO --logging.level.by.egov.academy.reporting=INFO)

LOAD_MS=null
if [ "${REGENERATE:-0}" = 1 ]; then rm -rf "$DATA_DIR"; fi
if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    echo "generating the national dataset in $DATA_DIR ..."
    java -Xmx2g -jar "$JAR" "${COMMON[@]}" --server.port=0 --egov.synthetic.generate=true >"$WORK/generate.log" 2>&1 \
        || { tail -30 "$WORK/generate.log"; exit 1; }
    grep 'Synthetic data' "$WORK/generate.log" | sed 's/.*: Synthetic/Synthetic/'
    LOAD_MS=$(grep -o 'in [0-9]* ms ([0-9]* cores)' "$WORK/generate.log" | grep -o '^in [0-9]*' | grep -o '[0-9]*')
fi

java -Xmx1g -jar "$JAR" "${COMMON[@]}" --server.port="$PORT" --egov.secure-cookies=false >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.3
done
PGPORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$')
sql() { "$PSQL" -X -qAt -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres "$@"; }
OFFICIALS=$(sql -c "select count(*) from official")
echo "application on :$PORT, PostgreSQL on :$PGPORT, $(nproc) cores, $OFFICIALS officials," \
     "$(sql -c "select count(*) from invitation") invitations, $(sql -c "select count(*) from competence_evidence") evidence rows"

# one form sign-in, then the session cookie: HTTP Basic would add a BCrypt check (tens of ms) to every request
JAR_COOKIES="$WORK/cookies"
CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
     --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT/login"

percentile() { # p file -> value (nearest rank)
    sort -n "$2" | awk -v p="$1" '{v[NR]=$1} END {if (NR==0) {print "null"; exit} i=int(p*NR+0.999999); if (i<1) i=1; if (i>NR) i=NR; printf "%.1f\n", v[i]}'
}
http_block() { # url n -> n lines of ms, over one kept-alive connection (as a browser or an API client would)
    local args=() i
    for i in $(seq "$2"); do args+=(-o /dev/null "$1"); done
    curl -s -b "$JAR_COOKIES" -w '%{time_total}\n' "${args[@]}" | awk '{printf "%.2f\n", $1 * 1000}'
}
sql_block() { # sql-file n -> n lines of ms, the statements as psql's \timing sees them, in one session
    { echo '\timing on'; for _ in $(seq "$2"); do cat "$1"; done; } | sql 2>&1 | grep -o 'Time: [0-9.]* ms' | awk '{print $2}'
}
# Warm-up (WARMUP requests and statements), then blocks of 5 requests and 5 statements in turn until RUNS of each,
# so that the load of anything else on the machine falls on both alike. Fails when the endpoint does not answer 200
# (the SQL is timed all the same).
measure() { # url sql-file http-out sql-out
    local url=$1 file=$2 hout=$3 sout=$4 ok=1 done=0
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$url")" = 200 ] || ok=0
    : >"$hout"; : >"$sout"
    if [ $ok = 1 ]; then http_block "$url" "${WARMUP:-30}" >/dev/null; fi
    if [ -n "$file" ]; then sql_block "$file" "${WARMUP:-30}" >/dev/null; fi
    while [ $done -lt "$RUNS" ]; do
        if [ $ok = 1 ]; then http_block "$url" 5 >>"$hout"; fi
        if [ -n "$file" ]; then sql_block "$file" 5 >>"$sout"; fi
        done=$((done + 5))
    done
    [ $ok = 1 ]
}

# ---- coverage: whole programme, per district
TARGETS="'OBLAST_EXECUTIVE_COMMITTEE','CITY_EXECUTIVE_COMMITTEE','DISTRICT_EXECUTIVE_COMMITTEE','CITY_DISTRICT_ADMINISTRATION','HOUSING_UTILITIES','OTHER'"
# the best plain SQL for the same figures: the same aggregate over the summary table the triggers keep
cat >"$WORK/coverage.sql" <<SQL
select t.id, t.region_id, pt.* from (
    select o.territory_id, count(*) as target, count(*) filter (where p.in_person + p.remote > 0) as reached,
           coalesce(sum(p.invited), 0) as invited, coalesce(sum(p.in_person), 0) as in_person,
           coalesce(sum(p.remote), 0) as remote,
           count(*) filter (where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE') as committees,
           count(*) filter (where o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and p.in_person + p.remote > 0) as committees_reached
    from organisation o
    left join (select c.organisation_id, sum(c.invited) as invited, sum(c.attended_in_person) as in_person,
                      sum(c.attended_remote) as remote
               from coverage_org_seminar c join seminar s on s.id = c.seminar_id
               where s.status <> 'CANCELLED' group by c.organisation_id) p on p.organisation_id = o.id
    where o.category in ($TARGETS)
    group by o.territory_id) pt join territory t on t.id = pt.territory_id;
SQL
measure "http://127.0.0.1:$PORT/api/v1/reports/coverage" "$WORK/coverage.sql" "$WORK/coverage.ms" "$WORK/coverage-sql.ms"
# for comparison: the same figures straight from the invitations (what the summary table saves)
cat >"$WORK/coverage-raw.sql" <<SQL
select o.territory_id, count(distinct o.id) as target, count(distinct o.id) filter (where i.attended_at is not null) as reached,
       count(i.id) filter (where i.state not in ('CREATED', 'CANCELLED') or i.attended_at is not null) as invited,
       count(*) filter (where i.attended_at is not null and i.remote_site_id is null) as in_person,
       count(*) filter (where i.attended_at is not null and i.remote_site_id is not null) as remote
from organisation o left join official f on f.organisation_id = o.id
left join invitation i on i.official_id = f.id and i.seminar_id in (select id from seminar where status <> 'CANCELLED')
where o.category in ($TARGETS) group by o.territory_id;
SQL
sql_block "$WORK/coverage-raw.sql" 3 >"$WORK/coverage-raw.ms"

# what any signed-in API request costs here (session read and its last-access write, security, MVC, JSON): the
# floor under every report's HTTP time
measure "http://127.0.0.1:$PORT/api/v1/territories/$(sql -c "select id from territory where code = 'BY-HR'")" "" \
    "$WORK/floor.ms" /dev/null
FLOOR=$(percentile 0.5 "$WORK/floor.ms")

# ---- gaps: one oblast x every competence (Grodno); the endpoint may not exist in this build
OBLAST=$(sql -c "select id from territory where code = 'BY-HR'")
# the same figures as the application's gap report, in one statement: the oblast's target officials (heads and
# deputies of the local executive bodies, reporting.gaps.ReportSql), the first evidence of each of them per competence
# by year (share with evidence and the trend), the average of each one's latest self-assessed level
UNTIL="$(date +%Y)-12-31"
cat >"$WORK/gaps.sql" <<SQL
with target as (
    select o.id as official_id, t.region_id from official o
    join organisation g on g.id = o.organisation_id join territory t on t.id = g.territory_id
    where g.category in ('OBLAST_EXECUTIVE_COMMITTEE', 'CITY_EXECUTIVE_COMMITTEE', 'DISTRICT_EXECUTIVE_COMMITTEE',
                         'CITY_DISTRICT_ADMINISTRATION')
      and o.leadership in ('HEAD', 'DEPUTY_HEAD') and t.region_id = $OBLAST),
first as (
    select e.official_id, c.code, min(e.attended_on) as first_on
    from competence_evidence e join seminar s on s.id = e.seminar_id and s.status <> 'CANCELLED'
    join target tg on tg.official_id = e.official_id join competence c on c.id = e.competence_id
    where e.attended_on <= date '$UNTIL' group by e.official_id, c.code),
latest as (
    select distinct on (r.official_id, c.code) c.code, a.level_after
    from survey_response r join target tg on tg.official_id = r.official_id
    join survey_answer a on a.response_id = r.id and a.level_after is not null
    join survey_question q on q.id = a.question_id and q.kind = 'SELF_LEVEL' join competence c on c.id = q.competence_id
    where r.submitted_on <= date '$UNTIL'
    order by r.official_id, c.code, r.submitted_on desc, r.submitted_at desc nulls last)
select (select count(*) from target),
       (select json_agg(f) from (select code, extract(year from first_on) as year, count(*) from first group by 1, 2) f),
       (select json_agg(l) from (select code, avg(level_after), count(*) from latest group by code) l);
SQL
GAPS_P50=null; GAPS_P95=null
if measure "http://127.0.0.1:$PORT/api/v1/reports/gaps?oblast=$OBLAST" "$WORK/gaps.sql" "$WORK/gaps.ms" "$WORK/gaps-sql.ms"; then
    GAPS_P50=$(percentile 0.5 "$WORK/gaps.ms"); GAPS_P95=$(percentile 0.95 "$WORK/gaps.ms")
fi

# ---- planner: the next seminar, in Brest oblast; the dataset's ten years are all held, so one is planned here once
SEMINAR=$(sql -c "select max(id) from seminar where status = 'PLANNED' and level = 'REGIONAL'")
if [ -z "$SEMINAR" ]; then
    SEMINAR=$(sql -c "insert into seminar (programme_id, level, host_territory_id, title_ru, planned_month)
                      select min(programme_id), 'REGIONAL', (select id from territory where code = 'BY-BR'),
                             'Следующий семинар цикла (Брестская область)', date_trunc('month', now() + interval '1 month')
                      from seminar returning id" | head -1)
fi
PLANNER_MS=null
if WARMUP=3 measure "http://127.0.0.1:$PORT/api/v1/reports/planner?seminar=$SEMINAR" "" "$WORK/planner.ms" /dev/null; then
    PLANNER_MS=$(percentile 0.5 "$WORK/planner.ms")
fi

COV_P50=$(percentile 0.5 "$WORK/coverage.ms"); COV_P95=$(percentile 0.95 "$WORK/coverage.ms")
COV_SQL=$(percentile 0.5 "$WORK/coverage-sql.ms"); COV_RAW=$(percentile 0.5 "$WORK/coverage-raw.ms")
GAPS_SQL=$(percentile 0.5 "$WORK/gaps-sql.ms")
echo "coverage through HTTP: p50 $COV_P50 ms, p95 $COV_P95 ms; plain SQL on the summary table p50 $COV_SQL ms" \
     "(ratio $(awk -v a="$COV_P50" -v b="$COV_SQL" 'BEGIN {printf "%.2f", a / b}')); from the invitations p50 $COV_RAW ms;" \
     "a trivial signed-in API request p50 $FLOOR ms"
echo "gaps through HTTP: p50 $GAPS_P50 ms, p95 $GAPS_P95 ms; plain SQL p50 $GAPS_SQL ms; planner $PLANNER_MS ms"
echo "{\"coverage_p50_ms\":$COV_P50,\"coverage_p95_ms\":$COV_P95,\"coverage_sql_p50_ms\":$COV_SQL,\"coverage_raw_sql_p50_ms\":$COV_RAW,\"http_floor_p50_ms\":$FLOOR,\"gaps_p50_ms\":$GAPS_P50,\"gaps_p95_ms\":$GAPS_P95,\"gaps_sql_p50_ms\":$GAPS_SQL,\"planner_ms\":$PLANNER_MS,\"load_ms\":$LOAD_MS,\"nproc\":$(nproc),\"officials\":$OFFICIALS}"
