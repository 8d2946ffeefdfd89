#!/usr/bin/env bash
# Certificate benchmark (issue 5): the packaged application on a fresh embedded PostgreSQL (a temporary data
# directory: the demo database is not touched) makes the certificates of a held seminar with 5,000 attendees
# through its bulk path (POST /api/v1/seminars/{id}/certificate-batches), in a JVM limited to -Xmx512m.
# Prints certificates per second (the batch row's own start and finish) and the peak heap (the largest heap
# occupancy G1 logged before any collection during the run); the last line is one JSON object.
# Target: >= 200 certificates/s on 2 cores, heap < 512 MB.
# Also prints the CPU seconds the application and its PostgreSQL spent on the batch, per certificate, since a
# shared machine's other load slows the wall-clock figure down.
# Before the measured batch an unmeasured warm-up batch (BENCH_WARMUP=3000 certificates of another seminar; 0: none)
# lets the JIT compile the PDF code, as on a server that has been running.
# Usage: bench/certificates/run.sh   (needs curl and bc; builds the jar unless BENCH_SKIP_BUILD=1 and one exists)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${BENCH_PORT:-18083}
JAR=$(ls target/egov-academy-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ] || [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/egov-academy-*.jar | head -1); fi
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -1)
WORK=$(mktemp -d /tmp/egov-certbench.XXXXXX)
APP_PID=""
# (a failing wait would stop the trap under set -e before rm: every step is allowed to fail)
cleanup() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

PASSWORD=bench-password-1
java -Xmx512m -Xlog:gc:file="$WORK/gc.log" ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
    --egov.database.data-dir="$WORK/pg" --egov.storage.dir="$WORK/files" --egov.admin.password="$PASSWORD" \
    --egov.demo.enabled=false --spring.mail.host=127.0.0.1 --spring.mail.port=9 --logging.level.root=WARN \
    --logging.level.by.egov.academy.platform=INFO --logging.level.by.egov.academy.competence=INFO ${BENCH_APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.2
done
PGPORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$')
JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/postgres"
bench() { java -cp "$PGJAR" bench/certificates/CertificateBench.java "$@"; }
echo "application on :$PORT (-Xmx512m), PostgreSQL on :$PGPORT, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# CPU time (clock ticks) of the application and of this PostgreSQL (postmaster and its backends): the machine may
# be shared, so the figure says what a certificate costs as well as how fast they came
PM=$(head -1 "$WORK/pg/postmaster.pid" 2>/dev/null || find "$WORK/pg" -name postmaster.pid -exec head -1 {} \; | head -1)
cpu_ticks() { # [app|pg]
    local total=0 pid pids
    case "${1:-all}" in app) pids="$APP_PID" ;; pg) pids="$PM $(ps -o pid= --ppid "$PM")" ;; *) pids="$APP_PID $PM $(ps -o pid= --ppid "$PM")" ;; esac
    for pid in $pids; do
        [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}
# warm-up (not measured): a running server has compiled the PDF code long before; without it a third of the
# measured CPU is the JIT compiling PDFBox (seen in the threads list below)
WARM=${BENCH_WARMUP:-3000}
if [ "$WARM" -gt 0 ]; then
    WSEM=$(bench setup "$JDBC" "$WARM")
    WBATCH=$(curl -sf -u "admin:$PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/seminars/$WSEM/certificate-batches" \
        | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    bench wait "$JDBC" "$WBATCH"
    echo "warm-up: $WARM certificates of another seminar made (not measured)"
fi
SEMINAR=$(bench setup "$JDBC")
echo "held seminar $SEMINAR with 5000 attendees"
CPU0=$(cpu_ticks); APP0=$(cpu_ticks app)
START=$(curl -sf -u "admin:$PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/seminars/$SEMINAR/certificate-batches")
BATCH=$(echo "$START" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
# progress is read from the batch row (an HTTP Basic poll would spend a bcrypt check of the application's CPU each)
bench wait "$JDBC" "$BATCH"
curl -sf -u "admin:$PASSWORD" "http://127.0.0.1:$PORT/api/v1/certificate-batches/$BATCH"; echo
CPU1=$(cpu_ticks); APP1=$(cpu_ticks app)
CPU_S=$(echo "scale=2; ($CPU1 - $CPU0) / $(getconf CLK_TCK)" | bc -l)
echo "CPU seconds during the batch: application $(echo "scale=2; ($APP1 - $APP0) / $(getconf CLK_TCK)" | bc -l), PostgreSQL $(echo "scale=2; ($CPU1 - $CPU0 - $APP1 + $APP0) / $(getconf CLK_TCK)" | bc -l)"
grep -o 'certificate batch [0-9]* done.*' "$WORK/app.log" || true
echo "application threads by CPU seconds since start, warm-up included (workers, GC, JIT compilers, ...):"
for t in /proc/"$APP_PID"/task/*; do
    echo "$(awk '{printf "%.1f", ($14 + $15) / '"$(getconf CLK_TCK)"'}' "$t/stat") $(cat "$t/comm")"
done | awk '{a[$2" "$3]+=$1} END {for (k in a) if (a[k] >= 0.5) printf "  %6.1f s %s\n", a[k], k}' | sort -rn | head -8
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
bench result "$JDBC" "$BATCH" "$WORK/gc.log" "$CPU_S" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
