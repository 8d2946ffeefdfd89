#!/usr/bin/env bash
# Backs up the database (pg_dump, custom format, of the server's own major version) and the uploaded files
# (EGOV_STORAGE_DIR, default ./data/files) into one new directory: ops/backup.sh [parent-dir, default ./backups]
# Prints the directory made. Safe while the application runs: pg_dump reads one consistent snapshot.
set -euo pipefail
. "$(dirname "$0")/pg-common.sh"

parent=${1:-./backups}
storage=${EGOV_STORAGE_DIR:-./data/files}
url=$(db_url)
major=$(server_major "$url")
pg_dump=$(tool_of_major pg_dump "$major")

mkdir -p "$parent"
work=$(mktemp -d "$parent/.incomplete.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$pg_dump" --format=custom --compress=6 --no-owner --file="$work/database.dump" "$url"
if [ -d "$storage" ]; then
    tar -C "$storage" -czf "$work/files.tar.gz" .
else
    tar -czf "$work/files.tar.gz" --files-from /dev/null
fi
{
    echo "made: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "server: $("$(any_psql)" "$url" -XAtqc 'select version()')"
    echo "pg_dump: $("$pg_dump" --version)"
    echo "storage: $(cd "$storage" 2>/dev/null && pwd || echo "$storage (absent)")"
    (cd "$work" && sha256sum database.dump files.tar.gz)
} > "$work/manifest.txt"

dest="$parent/egov-$(date -u +%Y%m%d-%H%M%S)"
mv "$work" "$dest"
trap - EXIT
echo "$dest"
