#!/usr/bin/env bash
# What a lawyer and a server operator wait for, for docs/performance.md: the CLI commands on
# unchanged rules (median of 5 runs each, wall time; with `java -jar` and, where the checkout has it,
# the tools/synthlex launcher), `java -jar … --version` as the floor of any JVM command,
# the server's start to its first answer (README options, 5 fresh processes), and a reload after a
# rule changed (3 reloads of a copy of rules/, each after an edit, so each compiles).
# Usage: bench/cli.sh [PROJECT_DIR]   (default: this project; run it on another checkout to compare)
set -euo pipefail
DIR=$(cd "${1:-$(dirname "$0")/..}" && pwd)
cd "$DIR"
[ -f target/synthlex.jar ] || mvn -q package -DskipTests
JAR="java -jar target/synthlex.jar"
SERVER_OPTS=${SERVER_OPTS--XX:SharedArchiveFile=target/synthlex.jsa -XX:+UseSerialGC -Xmx160m -XX:TrimNativeHeapInterval=1000 -XX:+ExitOnOutOfMemoryError}
PORT=18889
echo "project: $DIR at $(git -C "$DIR" rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

ms() { local t0; t0=$(date +%s%N); "$@" > /dev/null 2>&1 || true; echo $(( ($(date +%s%N) - t0) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

$JAR test-scenarios > /dev/null 2>&1 || true # one run first, so a cache (where there is one) holds these rules
floor=""
for label in "--version" "evaluate facts/face-swap-app.json" "lint" "coverage" "test-scenarios"; do
  for how in "java -jar" "tools/synthlex"; do
    if [ "$how" = "java -jar" ]; then run="$JAR"; else [ -x tools/synthlex ] || continue; run="tools/synthlex"; fi
    runs=""
    for i in 1 2 3 4 5; do runs="$runs $(ms $run $label)"; done
    m=$(echo "$runs" | median)
    [ "$label" = "--version" ] && [ "$how" = "java -jar" ] && floor=$m
    printf '%-16s %-36s median %5d ms  (runs:%s)  %s\n' "$how" "$label" "$m" "$runs" "$(awk -v m="$m" -v f="$floor" 'BEGIN {printf "%.1fx java -jar --version", m / f}')"
  done
done

answered() { curl -sf -o /dev/null -d @facts/face-swap-app.json localhost:$PORT/v1/evaluations; }
starts=""
for i in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java $SERVER_OPTS -jar target/synthlex.jar serve --port $PORT > /dev/null 2>&1 &
  pid=$!
  until answered; do sleep 0.02; done
  starts="$starts $(( ($(date +%s%N) - t0) / 1000000 ))"
  kill $pid; wait $pid 2>/dev/null || true
done
m=$(echo "$starts" | median)
printf '%-36s median %5d ms  (runs:%s)  %s\n' "server start to first answer" "$m" "$starts" "$(awk -v m="$m" -v f="$floor" 'BEGIN {printf "%.1fx --version", m / f}')"

# a reload after a lawyer's change: a copy of rules/ whose rule file gains a comment before each reload
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r rules "$copy/rules"
SYNTHLEX_ADMIN_TOKEN=bench java $SERVER_OPTS -jar target/synthlex.jar serve --port $PORT --rules "$copy/rules" > /dev/null 2>&1 &
pid=$!
until answered; do sleep 0.05; done
reloads=""
for i in 1 2 3; do
  echo "// edit $i" >> "$copy/rules/pipl.drl"
  t0=$(date +%s%N)
  out=$(curl -s -X POST -H 'Authorization: Bearer bench' localhost:$PORT/v1/rulebase/reload)
  reloads="$reloads $(( ($(date +%s%N) - t0) / 1000000 ))/$(echo "$out" | grep -o "\"millis\" *: *[0-9]*" | grep -o "[0-9]*$")"
  echo "$out" | grep -q "\"swapped\" *: *true" || echo "reload $i did not swap: $(echo "$out" | head -c 300)"
done
kill $pid; wait $pid 2>/dev/null || true
printf '%-36s %s ms (3 reloads, each after an edit)\n' "reload of a changed rule" "$reloads"
