#!/usr/bin/env bash
# Throughput and latency of the web host on loopback with wrk (Debian package "wrk"): /healthz, then /api/chat,
# in one run against one server, and the chat/health ratio. Not a test: figures depend on the machine.
#
#   benchmarks/web/run.sh                 # 15 s per endpoint, 1 wrk thread, 16 connections
#   DURATION=30s CONNECTIONS=32 benchmarks/web/run.sh
#   ANSWER_CACHE_SIZE=0 benchmarks/web/run.sh   # every question answered afresh (no answer cache)
#
# The rate limit is raised through environment variables (RateLimiting__PermitLimit) so wrk is not answered 429.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export BENCH_DIR="$root/benchmarks/web"

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5099}
ANSWER_CACHE_SIZE=${ANSWER_CACHE_SIZE:-2000}
url="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

dotnet build src/Assistant.Web -c Release -v quiet -nologo >/dev/null
data=$(mktemp -d)
log="$data/server.log"
RateLimiting__PermitLimit=1000000000 \
RateLimiting__WindowSeconds=1 \
Logging__LogLevel__Default=Warning \
CorpusWatch__Enabled=false \
Chat__AnswerCacheSize="$ANSWER_CACHE_SIZE" \
Data__Directory="$data" \
  dotnet "src/Assistant.Web/bin/Release/net10.0/Assistant.Web.dll" --urls "$url" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 300); do
  curl -fs "$url/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$url/readyz" >/dev/null || { echo "server did not become ready"; cat "$log"; exit 1; }
echo "server: $(curl -s "$url/readyz")  cores: $(nproc)  load: $(cut -d' ' -f1 /proc/loadavg)  answer cache: $ANSWER_CACHE_SIZE  wrk: -t$THREADS -c$CONNECTIONS -d$DURATION"

run() { # name script path
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/$2" "$url$3" >/dev/null
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/$2" "$url$3" | grep '^RESULT')
  echo "$1 ${line#RESULT }"
}

health=$(run healthz healthz.lua /healthz)
chat=$(run chat chat.lua /api/chat)
echo "$health"
echo "$chat"

field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
awk -v c="$(field "$chat" rps)" -v h="$(field "$health" rps)" -v p99="$(field "$chat" p99_ms)" 'BEGIN {
  printf "ratio chat/healthz req/s: %.3f\n", c / h
  verdict = (c >= 1000 && p99 < 50) ? "meets" : "misses"
  printf "target /api/chat >= 1000 req/s with p99 < 50 ms: %s (%.0f req/s, p99 %.2f ms)\n", verdict, c, p99
}'
