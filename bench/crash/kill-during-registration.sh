#!/usr/bin/env bash
# Crash test: kill -9 the application in the middle of a registration rush, start it again on the same data
# directory, and check that every acknowledged RSVP is stored, none twice, and the seats still hold.
# The packaged application runs on its embedded PostgreSQL (as by default); CRASH=all (the default) kills the
# JVM and its PostgreSQL processes together with SIGKILL, as a power cut of the application's machine or
# container would; CRASH=jvm kills only the JVM (the database server then lives on, orphaned, and the restart
# must cope with it).
# Usage: bench/crash/kill-during-registration.sh   (needs curl; KILL_AT answers stored before the kill: 2000)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${CRASH_PORT:-18083}
KILL_AT=${KILL_AT:-2000}
CRASH=${CRASH:-all}
CLIENTS=${CLIENTS:-32}
JAR=$(ls target/egov-academy-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/egov-academy-*.jar | head -1); fi
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -1)
WORK=$(mktemp -d /tmp/egov-crash.XXXXXX)
APP_PID=""
DRIVER_PID=""
cleanup() {
    [ -n "$DRIVER_PID" ] && kill "$DRIVER_PID" 2>/dev/null || true
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # log: its own process group (setsid), so that a crash can take the JVM and its PostgreSQL at once
    setsid java -Xmx1g -jar "$JAR" --server.port="$PORT" --egov.database.data-dir="$WORK/pg" \
        --egov.admin.password=crash-password-1 --egov.demo.enabled=false --egov.storage.dir="$WORK/files" \
        --spring.mail.host=127.0.0.1 --spring.mail.port=9 --logging.level.root=WARN \
        --logging.level.by.egov.academy.platform=INFO >"$WORK/$1" 2>&1 &
    APP_PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/$1"; exit 1; }
        sleep 0.2
    done
    PGPORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$WORK/$1" | grep -o '[0-9]*$')
    JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/postgres"
}
bench() { java -cp "$PGJAR" bench/registration/RegistrationBench.java "$@"; }
answered() { bench answered "$JDBC" "$SEMINAR"; }

start_app app1.log
echo "application on :$PORT (pid $APP_PID), embedded PostgreSQL on :$PGPORT, data in $WORK/pg"
SEMINAR=$(bench setup "$JDBC" "$WORK/tokens")
echo "seminar $SEMINAR: 5000 invitations, 1000 seats; every invitee accepts in person, $CLIENTS clients"

bench split "$WORK/tokens" "$WORK/acks" "$CLIENTS" "http://127.0.0.1:$PORT" >"$WORK/driver.out" 2>&1 &
DRIVER_PID=$!
until [ "$(answered)" -ge "$KILL_AT" ]; do sleep 0.05; done
PG_PID=$(head -1 "$WORK/pg/postmaster.pid")
if [ "$CRASH" = all ]; then
    kill -9 -- "-$APP_PID"           # the JVM's process group: the JVM and the PostgreSQL it started
    kill -9 "$PG_PID" 2>/dev/null || true
    for c in $(ps -o pid= --ppid "$PG_PID" 2>/dev/null); do kill -9 "$c" 2>/dev/null || true; done
else
    kill -9 "$APP_PID"
fi
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
ACKED_AT_KILL=$(wc -l <"$WORK/acks")
echo "killed ($CRASH) with SIGKILL after $ACKED_AT_KILL acknowledged answers"
wait "$DRIVER_PID" || true
DRIVER_PID=""
echo "load generator: $(cat "$WORK/driver.out") (the rest were refused while the application was down)"

START=$(date +%s.%N)
start_app app2.log
echo "restarted on the same data directory in $(echo "$(date +%s.%N) - $START" | bc | cut -c1-4) s (pid $APP_PID, PostgreSQL on :$PGPORT)"
grep -m1 'Database:' "$WORK/app2.log" | sed 's/.*Database:/database:/'
set +e
CHECK=$(bench verify "$JDBC" "$SEMINAR" "$WORK/tokens" "$WORK/acks"); RC=$?
set -e
echo "$CHECK" | grep -v '^RESULT'
echo "$CHECK" | grep '^RESULT' | sed "s/^RESULT {/{\"crash\":\"$CRASH\",\"acknowledged_before_kill\":$ACKED_AT_KILL,/"
exit $RC
