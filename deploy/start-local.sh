#!/usr/bin/env bash
# The whole scaled-out layout on one machine, on loopback: one PostgreSQL, N Slack HTTP replicas behind
# nginx (round-robin), and the Discord bot sharded. For trying it out and for load tests; in production each
# part is a systemd unit (deploy/systemd/) and PostgreSQL is a managed server (see README: Running at scale).
#
#   npm run build && deploy/start-local.sh [replicas]      # Ctrl-C stops everything
#
# Reads .env for the Slack and Discord settings (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN).
# With DATABASE_URL set it uses that database; otherwise it starts a throwaway PostgreSQL cluster
# (Debian's package) that is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
REPLICAS=${1:-3}
FIRST_PORT=${FIRST_PORT:-3001}
NGINX_PORT=${NGINX_PORT:-8080}
[ -f .env ] && set -a && source .env && set +a
[ -f dist/adapters/main.js ] || { echo "run npm run build first" >&2; exit 1; }
source .ci/services.sh   # postgres_bin_dir, start_test_postgres, stop_test_postgres

pids=()
NGINX_DIR=""
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$NGINX_DIR" ] && rm -rf "$NGINX_DIR"
  stop_test_postgres
}
trap stop_all EXIT INT TERM

if [ -z "${DATABASE_URL:-}" ]; then
  start_test_postgres
  export DATABASE_URL="$TALKSBOT_TEST_DATABASE_URL"
fi
node bin/talksbot.js db migrate

# Slack replicas: HTTP mode on loopback; Discord is started once below, never per replica
if [ -n "${SLACK_BOT_TOKEN:-}" ]; then
  upstreams=""
  for i in $(seq 0 $((REPLICAS - 1))); do
    port=$((FIRST_PORT + i))
    SLACK_APP_TOKEN="" DISCORD_TOKEN="" PORT=$port HOST=127.0.0.1 CACHE_DIR=".cache/replica-$i" \
      node dist/adapters/main.js &
    pids+=($!)
    upstreams+="    server 127.0.0.1:$port;"$'\n'
  done
  NGINX_DIR=$(mktemp -d /tmp/talksbot-nginx.XXXXXX)
  mkdir -p "$NGINX_DIR"/{body,proxy,fastcgi,uwsgi,scgi}
  # deploy/nginx.conf's server block, with this run's replicas and a prefix of its own
  {
    echo "worker_processes auto; pid $NGINX_DIR/nginx.pid; error_log $NGINX_DIR/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; client_body_temp_path $NGINX_DIR/body; proxy_temp_path $NGINX_DIR/proxy;"
    echo "fastcgi_temp_path $NGINX_DIR/fastcgi; uwsgi_temp_path $NGINX_DIR/uwsgi; scgi_temp_path $NGINX_DIR/scgi;"
    sed -e "/^upstream talksbot_slack {/,/^}/c\\upstream talksbot_slack {\\n${upstreams//$'\n'/\\n}    keepalive 64;\\n}" \
      -e "s/listen 127.0.0.1:8080;/listen 127.0.0.1:$NGINX_PORT;/" deploy/nginx.conf
    echo "}"
  } >"$NGINX_DIR/nginx.conf"
  nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -g 'daemon off;' &
  pids+=($!)
  echo "Slack: $REPLICAS replicas behind nginx on http://127.0.0.1:$NGINX_PORT/slack/events"
fi

# Discord: one ShardingManager, one process per shard (Discord's recommended count), all on DATABASE_URL
if [ -n "${DISCORD_TOKEN:-}" ]; then
  SLACK_BOT_TOKEN="" node dist/adapters/discord/sharded.js &
  pids+=($!)
  echo "Discord: sharded bot started"
fi

[ ${#pids[@]} -gt 0 ] || { echo "nothing to start: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN in .env" >&2; exit 1; }
wait -n "${pids[@]}" || true
echo "a process exited: stopping the rest" >&2
