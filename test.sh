#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine, set-up included: installs what the browser journeys and the
# external-database tests need (Chromium, its driver, Debian's PostgreSQL) when missing and this user may
# (root with apt-get), else says in one line what to install and stops before running anything; starts a
# throw-away PostgreSQL server on loopback for the external-database and backup tests; runs ./mvnw verify.
# Extra arguments go to Maven (e.g. ./test.sh -Dtest=SeminarShapesTests -Dsurefire.failIfNoSpecifiedTests=false).
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing ${need[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "test.sh: missing ${need[*]}: run 'sudo apt-get install -y ${need[*]}' and start ./test.sh again" >&2
        exit 2
    fi
fi

# a PostgreSQL server of Debian's own, on loopback, for ExternalPostgresTests and BackupRestoreTests
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/egov-test-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
as_pg() {
    # initdb refuses to run as root: the server runs as the postgres user then
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
as_pg "$PGBIN/initdb -D $PGDIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
as_pg "$PGBIN/pg_ctl -D $PGDIR/data -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1' -l $PGDIR/server.log -w start >/dev/null"
cleanup() {
    as_pg "$PGBIN/pg_ctl -D $PGDIR/data -m fast -w stop >/dev/null" || true
    rm -rf "$PGDIR"
}
trap cleanup EXIT
as_pg "$PGBIN/psql -h 127.0.0.1 -p $PGPORT -U postgres -qc 'create database egov_ci'"
echo "test.sh: external PostgreSQL $("$PGBIN"/postgres --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
export EGOV_TEST_EXTERNAL_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/egov_ci"
export EGOV_TEST_EXTERNAL_DB_USER=postgres

./mvnw verify "$@"
