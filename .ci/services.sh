# Services the tests need, sourced by .ci/run: Debian's PostgreSQL (a throwaway cluster on 127.0.0.1 for the
# run) and nginx (the replica load test starts its own). CI is a fresh Debian 12 machine, as root, with no
# server running; a developer's machine may already have both, and then nothing is installed.

# apt-get install, quietly; the package lists of a fresh machine may be stale or missing, so one failed
# install is retried after an update. Services the packages would start (Debian's own cluster on 5432, nginx
# on port 80) are held back with a policy-rc.d: the tests start their own, on free loopback ports.
install_debian_packages() {
  local created_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
  fi
  local apt=(apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0)
  if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" "$@" >/tmp/talksbot-apt.log 2>&1; then
    apt-get update -qq >>/tmp/talksbot-apt.log 2>&1 || true
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" "$@" >>/tmp/talksbot-apt.log 2>&1 || {
      tail -n 30 /tmp/talksbot-apt.log >&2
      [ -n "$created_policy" ] && rm -f /usr/sbin/policy-rc.d
      return 1
    }
  fi
  [ -n "$created_policy" ] && rm -f /usr/sbin/policy-rc.d
  return 0
}

# the newest installed PostgreSQL's bin folder (initdb, pg_ctl), or nothing
postgres_bin_dir() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  [ -n "$initdb" ] && dirname "$initdb"
}

ensure_postgres_installed() {
  if [ -z "$(postgres_bin_dir)" ]; then
    echo "installing PostgreSQL (Debian package postgresql)"
    install_debian_packages postgresql
  fi
  [ -n "$(postgres_bin_dir)" ] || { echo "PostgreSQL is not installed and could not be" >&2; return 1; }
}

ensure_nginx_installed() {
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "installing nginx (Debian package nginx)"
    install_debian_packages nginx
  fi
}

free_loopback_port() {
  node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Starts a cluster in a temporary folder and exports TALKSBOT_TEST_DATABASE_URL (a superuser with a random
# password on 127.0.0.1 only). PostgreSQL refuses to run as root, so as root the cluster belongs to the
# `postgres` user the Debian package creates (or `nobody`).
start_test_postgres() {
  local bin
  bin=$(postgres_bin_dir)
  TEST_PG_BIN=$bin
  TEST_PG_DIR=$(mktemp -d /tmp/talksbot-pg.XXXXXX)
  TEST_PG_USER=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    TEST_PG_USER=postgres
    id postgres >/dev/null 2>&1 || TEST_PG_USER=nobody
    chown "$TEST_PG_USER" "$TEST_PG_DIR"
  fi
  local password port
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  port=$(free_loopback_port)
  printf '%s\n' "$password" >"$TEST_PG_DIR/pwfile"
  chown "$TEST_PG_USER" "$TEST_PG_DIR/pwfile" 2>/dev/null || true
  as_test_pg_user "$bin/initdb" -D "$TEST_PG_DIR/data" -U talksbot --pwfile="$TEST_PG_DIR/pwfile" \
    -A scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$TEST_PG_DIR/initdb.log" 2>&1 ||
    { cat "$TEST_PG_DIR/initdb.log" >&2; return 1; }
  rm -f "$TEST_PG_DIR/pwfile"
  # fsync off: a throwaway cluster needs no durability, and the tests run faster on a busy machine
  as_test_pg_user "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $TEST_PG_DIR -c fsync=off -c max_connections=300" \
    start >/dev/null || { cat "$TEST_PG_DIR/server.log" >&2; return 1; }
  export TALKSBOT_TEST_DATABASE_URL="postgres://talksbot:$password@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

stop_test_postgres() {
  [ -n "${TEST_PG_DIR:-}" ] || return 0
  as_test_pg_user "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
  TEST_PG_DIR=""
}

as_test_pg_user() {
  if [ "$(id -un)" = "$TEST_PG_USER" ]; then "$@"; else runuser -u "$TEST_PG_USER" -- "$@"; fi
}
