#!/bin/sh
# Starts the program on a server database and presses Return in its "Connect to
# a server database" dialog as soon as the dialog shows, with the password field
# empty, so that libpq takes the password from PGPASSWORD or ~/.pgpass. For
# timing the window on a server with bench_firstpaint (docs/performance.md);
# needs xdotool (apt-get install xdotool). SERVERCONNECT_LOG names a file that
# gets when the dialog was seen and Return pressed, in ms from this script's start.
#
#   tests/bench/serverconnect.sh build/twinning-tracker postgresql://USER@HOST:PORT/DB
log=${SERVERCONNECT_LOG:-/dev/null}
t0=$(date +%s%N)
(
    while :; do
        w=$(xdotool search --onlyvisible --name '^Connect to a server database' 2>/dev/null | head -n1)
        [ -n "$w" ] && break
        sleep 0.02
    done
    t1=$(date +%s%N)
    xdotool windowfocus --sync "$w" 2>/dev/null
    xdotool key Return
    t2=$(date +%s%N)
    echo "dialog seen $(((t1 - t0) / 1000000)) ms, Return pressed $(((t2 - t0) / 1000000)) ms" >>"$log"
) &
exec "$@"
