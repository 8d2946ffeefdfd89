#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh: ops/restore.sh <backup-dir>
# into the database named as for the backup (it must be empty: a new database; stop the application first)
# and the uploaded files into EGOV_STORAGE_DIR (default ./data/files; it must be empty or absent).
set -euo pipefail
. "$(dirname "$0")/pg-common.sh"

backup=${1:?usage: ops/restore.sh <backup-dir>}
storage=${EGOV_STORAGE_DIR:-./data/files}
[ -f "$backup/database.dump" ] && [ -f "$backup/files.tar.gz" ] || die "$backup is not a backup made by ops/backup.sh"
(cd "$backup" && sha256sum --quiet -c <(grep -E '^[0-9a-f]{64} ' manifest.txt)) || die "$backup is damaged (checksums differ)"

url=$(db_url)
major=$(server_major "$url")
pg_restore=$(tool_of_major pg_restore "$major")
tables=$("$(any_psql)" "$url" -XAtqc "select count(*) from pg_tables where schemaname = 'public'")
[ "$tables" = 0 ] || die "the target database already has $tables tables: restore into a new, empty database"
if [ -d "$storage" ] && [ -n "$(ls -A "$storage")" ]; then
    die "$storage is not empty: restore the files into an empty directory"
fi

"$pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$url" "$backup/database.dump"
mkdir -p "$storage"
tar -C "$storage" -xzf "$backup/files.tar.gz"
echo "restored $backup into $url and $storage"
