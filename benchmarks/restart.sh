#!/usr/bin/env bash
# Restart time at a large corpus (issue 14, part 1). Rerunnable: builds a corpus folder of N articles from copies of
# the public-domain 2021 White House press briefings of the development corpus (each copy gets its own title and
# source URL, so each is an article of its own), plus N/50 files that are no interview (rejected), imports them once
# into a fresh data folder, then restarts the packaged service R times on it and times each start until it answers
# readiness (GET /q/health/ready) and a search.
#
#   benchmarks/restart.sh [N=1000] [R=3]
#
# Needs the packaged service (./mvnw -B -q -pl api -am package -DskipTests), curl and python3. Work folder:
# $BENCH_DIR (default /tmp/colloquy-restart-bench-N), reused when it holds a corpus of the same N already.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000}
RESTARTS=${2:-3}
JAR=${JAR:-$PWD/api/target/quarkus-app/quarkus-run.jar}
SOURCE=${SOURCE:-$PWD/evaluation/corpus/wh-briefings-2021}
DIR=${BENCH_DIR:-/tmp/colloquy-restart-bench-$N}
PORT=${PORT:-18080}
HEAP=${HEAP:-1g}
[ -f "$JAR" ] || { echo "no packaged service at $JAR: ./mvnw -B -q -pl api -am package -DskipTests" >&2; exit 2; }
mkdir -p "$DIR/corpus"

source benchmarks/lib.sh

if [ "$(cat "$DIR/corpus.n" 2>/dev/null)" != "$N" ]; then
  rm -rf "$DIR/corpus" "$DIR/data"
  make_corpus "$DIR/corpus" "$N" && echo "$N" > "$DIR/corpus.n"
fi

if [ ! -d "$DIR/data" ]; then
  echo "first start: importing $N articles (one core; this takes a while)"
  t0=$(now_ms); start "$DIR" "$DIR/import.log"
  await "http://127.0.0.1:$PORT/q/health/ready" 7200
  echo "first import: $(( ($(now_ms) - t0) / 1000 )) s"; grep -h "corpus ingestion done\|search index built" "$DIR/import.log" || true
  stop
fi

# The same start with only the shipped sample, measured in the same run, so that the machine's load of the moment
# shows in both figures alike.
if [ "${BASELINE:-1}" = 1 ]; then
  base=$DIR/baseline; rm -rf "$base"; mkdir -p "$base/corpus"
  start "$base" "$base/first.log"
  await "http://127.0.0.1:$PORT/q/health/ready" 600; stop
  t0=$(now_ms)
  start "$base" "$base/restart.log"
  await "http://127.0.0.1:$PORT/q/health/ready" 600
  echo "baseline (the sample only): ready after $(( $(now_ms) - t0 )) ms, $(cpu_s) s of processor time, $(rss_mb) MB resident"; stop
fi

search="http://127.0.0.1:$PORT/graphql"
query='{"query":"{ search(query: \"vaccine\", first: 1) { totalCount } }"}'
for r in $(seq 1 "$RESTARTS"); do
  t0=$(now_ms); start "$DIR" "$DIR/restart-$r.log"
  await "http://127.0.0.1:$PORT/q/health/ready" 600
  ready=$(( $(now_ms) - t0 )); cpu=$(cpu_s); rss=$(rss_mb)
  hits=$(curl -sf -H 'Content-Type: application/json' -d "$query" "$search" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["search"]["totalCount"])')
  answered=$(( $(now_ms) - t0 ))
  articles=$(curl -sf -H 'Content-Type: application/json' -d '{"query":"{ articles(first: 1) { totalCount } }"}' "$search" \
             | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["articles"]["totalCount"])')
  ingest=$(grep -ho "corpus ingestion done in [0-9]* ms.*" "$DIR/restart-$r.log" || true)
  index=$(grep -ho "search index: .*" "$DIR/restart-$r.log" | head -1 || true)
  echo "restart $r: ready after ${ready} ms (${cpu} s of processor time, ${rss} MB resident), first search (${hits} hits) after ${answered} ms; ${articles} articles"
  echo "    $ingest"; echo "    $index"
  stop
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "disk: $(du -sh "$DIR/data/colloquy.mv.db" | cut -f1) database, $(du -sh "$DIR/data/search-index" | cut -f1) search index, $(du -sh "$DIR/corpus" | cut -f1) corpus folder"
