#!/usr/bin/env bash
# Start a PostgreSQL server from Debian's packages on 127.0.0.1:54329 for the decision log's tests
# (tests/service). Throwaway: trust authentication on loopback only, data in /tmp, no fsync.
set -euo pipefail
port=${GEVOELIG_PG_PORT:-54329}
data=${GEVOELIG_PG_DATA:-/tmp/gevoelig-ci-postgres}

if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "postgres.sh: no PostgreSQL server binaries (apt-get install postgresql needs root)" >&2
  exit 1
fi
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "postgres.sh: PostgreSQL already answers on 127.0.0.1:$port"
  exit 0
fi

# initdb refuses to run as root: the server runs as the package's postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
rm -rf "$data"
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown postgres: "$data"
as_postgres "'$bin/initdb' -D '$data' -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "'$bin/pg_ctl' -D '$data' -l '$data/server.log' -w -t 60 \
  -o \"-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $data)"
