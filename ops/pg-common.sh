# Shared by ops/backup.sh and ops/restore.sh: which database, and client tools of the server's major version.
#
# The database: EGOV_BACKUP_DB_URL (a libpq URL, e.g. postgresql://egov@db.example:5432/egov; the password in
# PGPASSWORD or ~/.pgpass), else the application's own SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD.
# The embedded server listens on the port its log names ("embedded PostgreSQL on port N"):
# EGOV_BACKUP_DB_URL=postgresql://postgres@localhost:N/postgres.

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

db_url() {
    if [ -n "${EGOV_BACKUP_DB_URL:-}" ]; then
        echo "$EGOV_BACKUP_DB_URL"
    elif [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
        [ -n "${SPRING_DATASOURCE_USERNAME:-}" ] && export PGUSER="$SPRING_DATASOURCE_USERNAME"
        [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"
        echo "${SPRING_DATASOURCE_URL#jdbc:}"
    else
        die "set EGOV_BACKUP_DB_URL (postgresql://user@host:port/db) or SPRING_DATASOURCE_URL"
    fi
}

# any psql talks to any server version; pg_dump and pg_restore must match the server's major version
any_psql() {
    for c in ${EGOV_PG_BIN:+$EGOV_PG_BIN/psql} $(command -v psql || true) $(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V -r); do
        [ -x "$c" ] && { echo "$c"; return; }
    done
    die "psql not found (Debian: apt-get install postgresql-client)"
}

server_major() { # $1 = url
    local num
    num=$("$(any_psql)" "$1" -XAtqc "show server_version_num") || die "cannot connect to $1"
    echo $((num / 10000))
}

tool_of_major() { # $1 = tool, $2 = major
    for c in ${EGOV_PG_BIN:+$EGOV_PG_BIN/$1} /usr/lib/postgresql/$2/bin/$1 $(command -v "$1" || true); do
        if [ -x "$c" ] && "$c" --version | grep -Eq " $2(\.|beta|rc)"; then
            echo "$c"
            return
        fi
    done
    die "$1 of PostgreSQL $2 not found (the server is PostgreSQL $2; a dump must be made and restored by the same major version).
Install the client of that version (Debian: postgresql-client-$2, where the distribution has it) or point EGOV_PG_BIN at its bin directory.
Note: the embedded server is PostgreSQL 17 and Debian 12 ships only version 15 tools; see the README (Backup and restore)."
}
