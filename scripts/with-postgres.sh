#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL cluster: initdb in a temp folder, as an
# unprivileged user (PostgreSQL refuses to run as root), on a random free loopback port; the
# command gets DATABASE_URL; the cluster is stopped and deleted afterwards, whatever happens.
#   bash scripts/with-postgres.sh npm run test:server
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "with-postgres: no PostgreSQL in /usr/lib/postgresql (apt-get install -y postgresql)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/care-pg.XXXXXX)
chmod 755 "$dir"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$dir"
  as_user=(runuser -u nobody --)
fi
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

stop() {
  "${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_user[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 >/dev/null
# Loopback only, no Unix socket outside the temp folder; fsync stays on (the fault test relies on it).
"${as_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200" start >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
