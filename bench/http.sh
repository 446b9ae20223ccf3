#!/usr/bin/env bash
# HTTP, start, reload and memory figures for docs/performance.md, on one server:
# POST /v1/evaluations against POST /bench/static, a route answering the pre-serialised answer to
# the same service (the ceiling for this server), with wrk at 1, 8 and 64 connections.
# Usage: bench/http.sh [facts/FILE.json]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
FACT=${1:-facts/face-swap-app.json}
PORT=18888
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
[ -f target/synthlex.jar ] || mvn -q package -DskipTests

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$1/status"; }

start=$(date +%s%N)
SYNTHLEX_ADMIN_TOKEN=bench java -jar target/synthlex.jar serve --port $PORT --bench-static "$FACT" > target/bench-server.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null -d @"$FACT" localhost:$PORT/v1/evaluations; do sleep 0.05; done
echo "start to first answered evaluation: $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "answer size: $(curl -s -d @"$FACT" localhost:$PORT/v1/evaluations | wc -c) bytes"
sleep 2
echo "resident memory at idle: $(rss $PID)"
echo "reload (build, lint, scenarios, swap): $(curl -s -X POST -H 'Authorization: Bearer bench' localhost:$PORT/v1/rulebase/reload | grep -o '"millis" : [0-9]*')"

# warm up both routes (JIT) before measuring, as JMH does
for route in /v1/evaluations /bench/static; do
  BODY="$FACT" wrk -t2 -c8 -d10s -s bench/post.lua "http://127.0.0.1:$PORT$route" > /dev/null
done

for c in 1 8 64; do
  for route in /v1/evaluations /bench/static; do
    t=$(( c < 2 ? 1 : 2 ))
    BODY="$FACT" wrk -t$t -c$c -d10s --latency -s bench/post.lua "http://127.0.0.1:$PORT$route" > target/wrk.txt
    rps=$(awk '/Requests\/sec/ {print $2}' target/wrk.txt)
    p50=$(awk '$1=="50%" {print $2}' target/wrk.txt)
    p99=$(awk '$1=="99%" {print $2}' target/wrk.txt)
    err=$(awk '/Non-2xx|Socket errors/ {print}' target/wrk.txt | tr '\n' ' ')
    echo "c=$c $route: $rps req/s, p50 $p50, p99 $p99 ${err}"
    [ "$c" = 64 ] && [ "$route" = /v1/evaluations ] && echo "resident memory under 64-connection load: $(rss $PID)"
  done
done
