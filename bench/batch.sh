#!/usr/bin/env bash
# A batch of 1,000 services through one server started with the README's options: its time, the
# answer's size, and the server's peak resident memory (sampled every 0.1 s), for docs/performance.md.
# Usage: bench/batch.sh [PROJECT_DIR] [facts/FILE.json]
set -euo pipefail
DIR=$(cd "${1:-$(dirname "$0")/..}" && pwd)
cd "$DIR"
FACT=${2:-facts/childrens-app.json}
PORT=18890
SERVER_OPTS=${SERVER_OPTS--XX:SharedArchiveFile=target/synthlex.jsa -XX:+UseSerialGC -Xmx160m -XX:TrimNativeHeapInterval=1000 -XX:+ExitOnOutOfMemoryError}
[ -f target/synthlex.jar ] || mvn -q package -DskipTests
body=$(mktemp)
trap 'rm -f "$body"; kill $pid 2>/dev/null || true' EXIT
{ printf '{"services": ['; for i in $(seq 1 1000); do [ "$i" -gt 1 ] && printf ','; cat "$FACT"; done; printf ']}'; } > "$body"

java $SERVER_OPTS -jar target/synthlex.jar serve --port $PORT --database none > /dev/null 2>&1 &
pid=$!
until curl -sf -o /dev/null -d @"$FACT" localhost:$PORT/v1/evaluations; do sleep 0.05; done
curl -sf -o /dev/null -d @"$FACT" localhost:$PORT/v1/evaluations # one more, as a warm server would have answered
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"; }
echo "$(basename "$FACT") x 1000 ($(wc -c < "$body") bytes in); idle: $(rss) MB resident; load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3; do
  t0=$(date +%s%N)
  curl -s -o target/batch-answer.json -d @"$body" localhost:$PORT/v1/evaluations/batch &
  cpid=$!
  peak=0
  while kill -0 $cpid 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.1; done
  echo "run $run: $(( ($(date +%s%N) - t0) / 1000000 )) ms, answer $(wc -c < target/batch-answer.json) bytes, peak resident $peak MB"
done
