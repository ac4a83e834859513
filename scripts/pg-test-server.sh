#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, on loopback only.
#
#   eval "$(scripts/pg-test-server.sh start)"   # prints export lines
#   scripts/pg-test-server.sh stop "$TWINNING_TEST_PG_DIR"
#
# start: initdb in a new temporary folder, a server on 127.0.0.1 and a free port
# (its socket in the same folder), the group roles twinning_viewer,
# twinning_editor and twinning_admin, and login roles for the tests:
# twinning_test (superuser, creates a database per test), tt_viewer, tt_editor,
# tt_editor2 and tt_admin. All share one password, exported as PGPASSWORD. Run
# as root, the server runs as the postgres user.
set -euo pipefail

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
password=twinning-test

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed ($bin/initdb is missing)." >&2; exit 1; }
    local dir port
    dir=$(mktemp -d "${TMPDIR:-/tmp}/twinning-pg.XXXXXX")
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
    as_server_user "$bin/initdb" -D "$dir/data" -U twinning_test --pwfile="$dir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Durability is not what the tests are about: no fsync, for speed.
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD=$password "$bin/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" \
        -U twinning_test -d postgres >/dev/null <<SQL
CREATE ROLE twinning_viewer NOLOGIN;
CREATE ROLE twinning_editor NOLOGIN;
CREATE ROLE twinning_admin NOLOGIN;
CREATE ROLE tt_viewer LOGIN PASSWORD '$password' IN ROLE twinning_viewer;
CREATE ROLE tt_editor LOGIN PASSWORD '$password' IN ROLE twinning_editor;
CREATE ROLE tt_editor2 LOGIN PASSWORD '$password' IN ROLE twinning_editor;
CREATE ROLE tt_admin LOGIN CREATEDB PASSWORD '$password' IN ROLE twinning_admin;
SQL
    echo "export TWINNING_TEST_PG_DIR=$dir"
    echo "export TWINNING_TEST_PG=postgresql://twinning_test@127.0.0.1:$port/postgres"
    echo "export PGPASSWORD=$password"
}

stop() {
    local dir=${1:-${TWINNING_TEST_PG_DIR:-}}
    [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "No test cluster to stop." >&2; exit 1; }
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
*) echo "Usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
