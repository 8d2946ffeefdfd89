#!/usr/bin/env bash
# Cold start: seconds from `java -jar` to the first served page (HTTP 200 on /) on a new data directory
# (initdb, migrations, reference and demo data), then a restart on the kept data. Baseline: the time
# Debian's PostgreSQL alone needs to initdb and start on this machine, the floor under any cold start.
# Usage: bench/cold-start.sh [runs]   (default 3; builds the jar if missing; needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
JAR=$(ls target/egov-academy-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/egov-academy-*.jar | head -1); fi
WORK=$(mktemp -d /tmp/egov-bench.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT

serve_once() { # $1 data dir; prints seconds to the first 200
    local start end pid
    start=$(date +%s.%N)
    java -jar "$JAR" --server.port="$PORT" --egov.database.data-dir="$1" \
        --egov.admin.password=bench-password-1 --egov.demo.password=bench-password-1 >"$WORK/app.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
        kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$end - $start" | bc -l
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cold=(); warm=()
for i in $(seq "$RUNS"); do
    dir="$WORK/pg-$i"
    cold+=("$(serve_once "$dir")")
    warm+=("$(serve_once "$dir")")
done
cold_m=$(printf '%s\n' "${cold[@]}" | median)
warm_m=$(printf '%s\n' "${warm[@]}" | median)

base_m=""
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$PGBIN" ] && id postgres >/dev/null 2>&1; then
    base=()
    for i in $(seq "$RUNS"); do
        d="$WORK/base-$i"; mkdir -p "$d"; chown postgres "$d"
        s=$(date +%s.%N)
        su postgres -c "$PGBIN/initdb -D $d/data -U postgres --auth=trust >/dev/null && $PGBIN/pg_ctl -D $d/data -o '-p 55499 -k $d' -l $d/log -w start >/dev/null"
        e=$(date +%s.%N)
        su postgres -c "$PGBIN/pg_ctl -D $d/data -m fast -w stop >/dev/null"
        base+=("$(echo "$e - $s" | bc -l)")
    done
    base_m=$(printf '%s\n' "${base[@]}" | median)
fi

printf 'machine: %s cores\n' "$(nproc)"
printf 'cold start to first page (new data directory): %.2f s  (runs: %s)\n' "$cold_m" "${cold[*]}"
printf 'restart to first page (kept data):             %.2f s  (runs: %s)\n' "$warm_m" "${warm[*]}"
if [ -n "$base_m" ]; then
    printf 'baseline, PostgreSQL initdb + start alone:     %.2f s\n' "$base_m"
    printf 'ratio cold start / baseline: %.1f\n' "$(echo "$cold_m / $base_m" | bc -l)"
fi
