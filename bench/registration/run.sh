#!/usr/bin/env bash
# Registration benchmark: RSVP throughput and latency of the packaged application on its embedded
# PostgreSQL, against pgbench -N on the same server at the same client counts.
# Target (issue 4): RSVP/s >= 50% of pgbench -N TPS at 16 clients, p99 < 50 ms at 64 clients, no overbooking.
# Usage: bench/registration/run.sh   (needs Debian's postgresql client tools for pgbench/psql, curl and bc;
#        drives the load with wrk and bench/registration/rsvp.lua when wrk is installed, else with a Java load
#        generator; BENCH_DRIVER=java forces the latter)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${BENCH_PORT:-18081}
SECONDS_PER_RUN=${PGBENCH_SECONDS:-20}
JAR=$(ls target/egov-academy-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/egov-academy-*.jar | head -1); fi
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -1)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/egov-regbench.XXXXXX)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --egov.database.data-dir="$WORK/pg" \
    --egov.admin.password=bench-password-1 --egov.demo.enabled=false \
    --spring.mail.host=127.0.0.1 --spring.mail.port=9 --logging.level.root=WARN \
    --logging.level.by.egov.academy.platform=INFO ${BENCH_APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.2
done
PGPORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$')
echo "application on :$PORT, PostgreSQL on :$PGPORT, $(nproc) cores"

JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/postgres"
bench() { java -cp "$PGJAR" bench/registration/RegistrationBench.java "$@"; }
if command -v wrk >/dev/null 2>&1 && [ "${BENCH_DRIVER:-wrk}" = wrk ]; then
    # wrk (C, event loop) leaves more of the two cores to the application than a Java load generator would
    SEMINAR=$(bench setup "$JDBC" "$WORK/tokens")
    wrk_round() { # clients
        bench reset "$JDBC" "$SEMINAR"
        local threads=2
        wrk -t$threads -c"$1" -d300s -s bench/registration/rsvp.lua "http://127.0.0.1:$PORT" -- "$WORK/tokens" $threads \
            >"$WORK/wrk.out" 2>&1 &
        local WRK=$!
        until [ "$("$PGBIN/psql" -qAt -h 127.0.0.1 -p "$PGPORT" -U postgres -c "select count(*) from invitation where seminar_id = $SEMINAR and state in ('ACCEPTED_IN_PERSON', 'WAITING')" postgres)" -ge 5000 ]; do sleep 0.2; kill -0 $WRK 2>/dev/null || break; done
        kill -INT $WRK 2>/dev/null || true; wait $WRK || true
        grep '^WRK' "$WORK/wrk.out"
    }
    wrk_round 16 >/dev/null # warm-up: the JIT compiles the hot path before anything is timed
    : >"$WORK/rsvp.out"
    # 5,000 answers take a few seconds: each client count runs ROUNDS times and the median round counts
    ROUNDS=${ROUNDS:-3}
    for c in 16 64; do
        : >"$WORK/rounds.out"
        for r in $(seq "$ROUNDS"); do
            LINE=$(wrk_round $c)
            ACKS=$(echo "$LINE" | sed -E 's/.*acks=([0-9]+).*/\1/')
            P50=$(echo "$LINE" | sed -E 's/.*p50_ms=([0-9.]+).*/\1/')
            P99=$(echo "$LINE" | sed -E 's/.*p99_ms=([0-9.]+).*/\1/')
            bench check "$JDBC" "$SEMINAR" $c "$ACKS" "$P50" "$P99" | tee -a "$WORK/rounds.out" | grep -v '^RESULT'
        done
        # median by throughput; overbooking, duplicates and losses add up over all rounds
        MED=$(grep '^RESULT ' "$WORK/rounds.out" | sort -t: -k2 -n | sed -n "$(( (ROUNDS + 1) / 2 ))p")
        for k in overbooked duplicates lost; do
            SUM=$(grep -o "\"${k}_$c\":[0-9]*" "$WORK/rounds.out" | cut -d: -f2 | paste -sd+ - | bc)
            MED=$(echo "$MED" | sed -E "s/\"${k}_$c\":[0-9]+/\"${k}_$c\":$SUM/")
        done
        echo "$MED" >>"$WORK/rsvp.out"
        echo "clients=$c median round: $MED" | sed 's/RESULT //'
    done
    RESULT=$(grep '^RESULT ' "$WORK/rsvp.out" | sed 's/^RESULT //' | paste -sd, -)
    OB=$(echo "$RESULT" | grep -o '"overbooked_[0-9]*":[0-9]*' | cut -d: -f2 | paste -sd+ - | bc)
    DU=$(echo "$RESULT" | grep -o '"duplicates_[0-9]*":[0-9]*' | cut -d: -f2 | paste -sd+ - | bc)
    LO=$(echo "$RESULT" | grep -o '"lost_[0-9]*":[0-9]*' | cut -d: -f2 | paste -sd+ - | bc)
    echo "RESULT $RESULT,\"overbooked\":$OB,\"duplicates\":$DU,\"lost\":$LO,\"driver\":\"wrk\"" >>"$WORK/rsvp.out"
else
    bench "http://127.0.0.1:$PORT" "$JDBC" 16 64 | tee "$WORK/rsvp.out"
fi

"$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "create database pgbench" postgres
"$PGBIN/pgbench" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -i -s 10 pgbench >/dev/null 2>&1
declare -A TPS
for c in 16 64; do
    TPS[$c]=$("$PGBIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -N -n -c "$c" -j 2 -T "$SECONDS_PER_RUN" pgbench 2>/dev/null \
        | grep -E '^tps' | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')
    echo "pgbench -N clients=$c  tps=${TPS[$c]}"
done

# context: what the HTTP stack and the security filters serve for a static file (no database)
CEILING=null
if command -v wrk >/dev/null 2>&1; then
    CEILING=$(wrk -t2 -c16 -d10s "http://127.0.0.1:$PORT/css/app.css" 2>/dev/null | grep 'Requests/sec' | awk '{print $2}')
    echo "ceiling: wrk GET /css/app.css (a static file through the security filters, no database), 16 connections = $CEILING req/s"
fi

RESULT=$(grep '^RESULT ' "$WORK/rsvp.out" | tail -1 | sed 's/^RESULT //')
R16=$(echo "$RESULT" | grep -o '"rsvp_per_s_16":[0-9.]*' | cut -d: -f2)
P99_64=$(echo "$RESULT" | grep -o '"p99_ms_64":[0-9.]*' | cut -d: -f2)
RATIO=$(echo "scale=3; $R16 / ${TPS[16]}" | bc -l)
echo "ratio rsvp/s : pgbench tps at 16 clients = $RATIO (target >= 0.5); p99 at 64 clients = $P99_64 ms (target < 50)"
echo "{$RESULT,\"pgbench_tps_16\":${TPS[16]},\"pgbench_tps_64\":${TPS[64]},\"ratio_16\":$RATIO,\"static_file_http_per_s_16\":$CEILING,\"cores\":$(nproc)}"
