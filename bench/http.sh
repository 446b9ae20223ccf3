#!/usr/bin/env bash
# HTTP, start, reload and memory figures for docs/performance.md, on one server:
# POST /v1/evaluations against POST /bench/static, a route answering the pre-encoded answer to
# the same service (the ceiling for this server), with wrk at 1, 8 and 64 connections.
# Usage: bench/http.sh [facts/FILE.json]   (needs wrk: apt-get install wrk)
# JAVA_OPTS defaults to the README's server options; set it to compare others.
set -euo pipefail
cd "$(dirname "$0")/.."
FACT=${1:-facts/face-swap-app.json}
PORT=18888
JAVA_OPTS=${JAVA_OPTS--XX:SharedArchiveFile=target/synthlex.jsa -XX:+UseSerialGC -Xmx160m -XX:TrimNativeHeapInterval=1000}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
[ -f target/synthlex.jar ] || mvn -q package -DskipTests
echo "java options: ${JAVA_OPTS:-(none)}"

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
answered() { curl -sf -o /dev/null -d @"$FACT" localhost:$PORT/v1/evaluations; }

# start: process start to first answered evaluation, five fresh processes
starts=""
for i in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java $JAVA_OPTS -jar target/synthlex.jar serve --port $PORT > /dev/null 2>&1 &
  pid=$!
  until answered; do sleep 0.02; done
  starts="$starts $(( ($(date +%s%N) - t0) / 1000000 ))"
  kill $pid; wait $pid 2>/dev/null || true
done
echo "start to first answered evaluation (ms):$starts"

SYNTHLEX_ADMIN_TOKEN=bench java $JAVA_OPTS -jar target/synthlex.jar serve --port $PORT --bench-static "$FACT" > target/bench-server.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until answered; do sleep 0.05; done
echo "answer size: $(curl -s -d @"$FACT" localhost:$PORT/v1/evaluations | wc -c) bytes"
sleep 2
echo "resident memory at idle: $(rss_mb $PID) MB"

# warm up both routes (JIT) before measuring, as JMH does
for route in /v1/evaluations /bench/static; do
  BODY="$FACT" wrk -t2 -c8 -d10s -s bench/post.lua "http://127.0.0.1:$PORT$route" > /dev/null
done

for c in 1 8 64; do
  for route in /v1/evaluations /bench/static; do
    t=$(( c < 2 ? 1 : 2 ))
    BODY="$FACT" wrk -t$t -c$c -d10s --latency -s bench/post.lua "http://127.0.0.1:$PORT$route" > target/wrk.txt &
    wrk_pid=$!
    peak=0
    while kill -0 $wrk_pid 2>/dev/null; do r=$(rss_mb $PID); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.5; done
    wait $wrk_pid
    rps=$(awk '/Requests\/sec/ {print $2}' target/wrk.txt)
    p50=$(awk '$1=="50%" {print $2}' target/wrk.txt)
    p99=$(awk '$1=="99%" {print $2}' target/wrk.txt)
    err=$(awk '/Non-2xx|Socket errors/ {print}' target/wrk.txt | tr '\n' ' ')
    echo "c=$c $route: $rps req/s, p50 $p50, p99 $p99, peak resident memory $peak MB ${err}"
  done
done

# reload last: each one compiles the rules into new classes, which the memory figures above exclude
for i in 1 2 3; do
  echo "reload (build, lint, scenarios, swap): $(curl -s -X POST -H 'Authorization: Bearer bench' localhost:$PORT/v1/rulebase/reload | grep -o '"millis" : [0-9]*')"
done
echo "resident memory after the reloads: $(rss_mb $PID) MB"
