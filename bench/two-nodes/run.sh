#!/usr/bin/env bash
# Two application nodes on two ports against one external PostgreSQL (Debian's server, a throwaway cluster
# started here as the postgres user, as .ci/run does). Checks:
#   1. a session opened on node A is valid on node B (sessions in PostgreSQL, Spring Session JDBC);
#   2. the registration rush split over both nodes: no overbooking, no duplicates, no lost acknowledged answer;
#   3. the reminders job, running on every node every 2 s, queues each 7-day reminder once (the outbox's unique
#      cause key); the outbox workers' FOR UPDATE SKIP LOCKED claim, which sends each row once, is exercised with
#      a real SMTP server by TwoNodesTests (here the SMTP port is closed and mail just waits).
# Usage (as root, needs: apt-get install -y postgresql curl): bench/two-nodes/run.sh
# Environment: NODES (2), FIRST_PORT (18091), PGPORT (55433), CLIENTS (32).
set -euo pipefail
cd "$(dirname "$0")/../.."
NODES=${NODES:-2}
FIRST_PORT=${FIRST_PORT:-18091}
PGPORT=${PGPORT:-55433}
CLIENTS=${CLIENTS:-32}

JAR=$(ls target/egov-academy-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ] || ! unzip -l "$JAR" | grep -q V13__spring_session.sql; then
    ./mvnw -q -DskipTests package; JAR=$(ls target/egov-academy-*.jar | head -1)
fi
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -1)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/egov-two-nodes.XXXXXX)
chown postgres "$WORK"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    su postgres -c "$PGBIN/pg_ctl -D $WORK/data -m fast -w stop >/dev/null" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

su postgres -c "$PGBIN/initdb -D $WORK/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
su postgres -c "$PGBIN/pg_ctl -D $WORK/data -o '-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200' -l $WORK/server.log -w start >/dev/null"
su postgres -c "$PGBIN/psql -h 127.0.0.1 -p $PGPORT -U postgres -qc 'create database egov'"
JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/egov"
echo "PostgreSQL: $($PGBIN/postgres --version) on 127.0.0.1:$PGPORT"

start_node() { # n port
    SPRING_DATASOURCE_URL=$JDBC SPRING_DATASOURCE_USERNAME=postgres EGOV_DEMO_ENABLED=false \
    EGOV_ADMIN_PASSWORD=two-nodes-password EGOV_STORAGE_DIR="$WORK/files" EGOV_BASE_URL="http://127.0.0.1:$FIRST_PORT" \
    java -Xmx512m -jar "$JAR" --server.port="$2" --spring.mail.host=127.0.0.1 --spring.mail.port=9 --egov.reminders.poll-ms=2000 \
        --logging.level.root=WARN --logging.level.by.egov.academy.platform=INFO >"$WORK/node$1.log" 2>&1 &
    PIDS+=($!)
}
wait_node() { # n port
    until curl -sf -o /dev/null "http://127.0.0.1:$2/actuator/health"; do
        kill -0 "${PIDS[$1]}" 2>/dev/null || { echo "node $1 died:"; tail -30 "$WORK/node$1.log"; exit 1; }
        sleep 0.3
    done
}
# the first node migrates the empty database and creates admin; the others start once it is up
start_node 0 "$FIRST_PORT"; wait_node 0 "$FIRST_PORT"
for n in $(seq 1 $((NODES - 1))); do start_node "$n" $((FIRST_PORT + n)); done
for n in $(seq 1 $((NODES - 1))); do wait_node "$n" $((FIRST_PORT + n)); done
BASES=()
for n in $(seq 0 $((NODES - 1))); do BASES+=("http://127.0.0.1:$((FIRST_PORT + n))"); done
echo "nodes: ${BASES[*]}"

# 1. sign in on node A, use the session cookie on every other node
A=${BASES[0]}
CSRF=$(curl -sf -c "$WORK/jar" "$A/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
LOC=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$WORK/jar" -c "$WORK/jar" \
    --data-urlencode username=admin --data-urlencode password=two-nodes-password --data-urlencode "_csrf=$CSRF" "$A/login")
case "$LOC" in *error*|"") echo "sign-in on node A failed: $LOC"; exit 1;; esac
SESSION_OK=1
for b in "${BASES[@]}"; do
    CODE=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar" "$b/directory/territories")
    ANON=$(curl -s -o /dev/null -w '%{http_code}' "$b/directory/territories")
    echo "session opened on $A, used on $b: $CODE (without the cookie: $ANON)"
    [ "$CODE" = 200 ] && [ "$ANON" = 302 ] || SESSION_OK=0
done

# 2. the registration rush over all nodes
bench() { java -cp "$PGJAR" bench/registration/RegistrationBench.java "$@"; }
SEMINAR=$(bench setup "$JDBC" "$WORK/tokens")
echo "seminar $SEMINAR: 5000 invitations, 1000 seats; every invitee accepts in person, token i through node i mod $NODES, $CLIENTS clients"
bench split "$WORK/tokens" "$WORK/acks" "$CLIENTS" "${BASES[@]}"
set +e
CHECK=$(bench verify "$JDBC" "$SEMINAR" "$WORK/tokens" "$WORK/acks"); CHECK_RC=$?
set -e
echo "$CHECK" | grep -v '^RESULT'
psql_() { su postgres -c "$PGBIN/psql -qAt -h 127.0.0.1 -p $PGPORT -U postgres -d egov -c \"$1\""; }
echo "acknowledged answers per node: $(for n in $(seq 0 $((NODES - 1))); do echo -n "node$n=$(awk -v n=$n -v k=$NODES '$1 % k == n' "$WORK/acks" | wc -l) "; done)"

# 3. the seminar moves to 5 days ahead: every node's reminders job now finds all 5000 invitations due a reminder
psql_ "update seminar set starts_at = now() + interval '5 days', ends_at = now() + interval '5 days 4 hours' where id = $SEMINAR" >/dev/null
REMINDERS="from outbox_message where cause_key like 'invitation:%:reminder7' and cause_key in (select 'invitation:' || id || ':reminder7' from invitation where seminar_id = $SEMINAR)"
for i in $(seq 1 240); do
    [ "$(psql_ "select count(*) $REMINDERS")" -ge 5000 ] && break
    sleep 1
done
sleep 5 # a few more rounds of the job on every node
QUEUED=$(psql_ "select count(*) $REMINDERS")
DUP_CAUSES=$(psql_ "select count(*) - count(distinct cause_key) from outbox_message")
echo "7-day reminders queued for 5000 invitations by $NODES nodes: $QUEUED; cause keys written twice: $DUP_CAUSES"

RESULT=$(echo "$CHECK" | grep '^RESULT' | sed 's/^RESULT {//; s/}$//')
echo "{\"nodes\":$NODES,\"session_shared\":$([ $SESSION_OK = 1 ] && echo true || echo false),$RESULT,\"reminders_queued\":$QUEUED,\"outbox_duplicate_causes\":$DUP_CAUSES}"
[ "$SESSION_OK" = 1 ] && [ "$CHECK_RC" = 0 ] && [ "$DUP_CAUSES" = 0 ] && [ "$QUEUED" = 5000 ]
