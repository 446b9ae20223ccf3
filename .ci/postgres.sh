# Sourced by .ci/run: starts a throwaway PostgreSQL on loopback for the register's tests and exports
# SYNTHLEX_TEST_POSTGRES_URL; stops it and removes its files when the calling shell exits. Installs
# Debian's postgresql package if no server binaries are there. When a server cannot be had, it says
# why and exports nothing: the register tests then run on SQLite only and report PostgreSQL skipped.
# A developer can run it too:  source .ci/postgres.sh && mvn -o test -Dtest='synthlex.register.**'
synthlex_pg_start() {
  local bin dir port run
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "installing Debian's postgresql for the register tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null) \
      || { echo "could not install postgresql; register tests on PostgreSQL will be skipped"; return 0; }
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  # PostgreSQL refuses to run as root: as root (CI) the cluster belongs to the postgres user
  if [ "$(id -u)" = 0 ]; then
    id postgres > /dev/null 2>&1 || useradd --system --no-create-home postgres
    run="runuser -u postgres --"
  else
    run=""
  fi
  dir=$(mktemp -d /tmp/synthlex-pg.XXXXXX)
  chmod 755 "$dir"
  if [ -n "$run" ]; then chown postgres "$dir"; fi
  port=55432
  while (echo > /dev/tcp/127.0.0.1/$port) 2> /dev/null; do port=$((port + 1)); done
  if ! $run "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync > "$dir/initdb.log" 2>&1; then
    echo "could not create a PostgreSQL cluster (see below); register tests on PostgreSQL will be skipped"; tail -5 "$dir/initdb.log"; return 0
  fi
  if ! $run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start > /dev/null; then
    echo "could not start PostgreSQL (see below); register tests on PostgreSQL will be skipped"; tail -5 "$dir/server.log"; return 0
  fi
  export SYNTHLEX_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
  SYNTHLEX_PG_STOP="$run $bin/pg_ctl -D $dir/data -m immediate stop; rm -rf $dir"
  trap 'eval "$SYNTHLEX_PG_STOP" > /dev/null 2>&1' EXIT
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the register tests on 127.0.0.1:$port"
}
synthlex_pg_start
