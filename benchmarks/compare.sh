#!/usr/bin/env bash
# The service's benchmark (issue 14, part 5), this commit beside a baseline commit, measured in the same run so that
# the machine's load of the moment weighs on both alike. For each corpus size (the shipped sample plus N copies of
# public-domain 2021 White House briefings from the development corpus) and each of the two builds, alternately:
#   - first start on an empty database: the import of the corpus folder (time, articles/s, MB/s of source);
#   - a restart on that database: time until readiness;
#   - the reader's InterviewReader operation and Search (the same words again, and 400 distinct words in turn) at
#     each client count, through the bounded loopback load generator (api/src/bench/LoadGenerator.java);
#   - peak resident memory of the service (VmHWM) and the disk the database and search index take.
# Prints a Markdown table and writes it to benchmarks/results/.
#
#   benchmarks/compare.sh [--sizes 0,1000,5000] [--baseline REV] [--clients "1 8 32"] [--seconds 10]
#
# Run through Maven: ./mvnw -B -pl api -am -Pbenchmark verify -DskipTests -Dbenchmark.args="--sizes 0,1000"
# Needs a JDK 17, curl and python3; builds the baseline in a temporary git worktree (online unless BENCH_OFFLINE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SIZES=0,1000,5000
BASELINE=HEAD~1
CLIENTS="1 8 32"
SECONDS_EACH=10
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) SIZES=$2; shift 2 ;;
    --baseline) BASELINE=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

SOURCE=$ROOT/evaluation/corpus/wh-briefings-2021
SAMPLE=$ROOT/corpus/al-majalla-rutte-interview.txt
WORK=${BENCH_DIR:-/tmp/colloquy-benchmark}
PORT=${PORT:-18081}
HEAP=${HEAP:-1g}
MVN_OPTS=(-B -q -pl api -am package -DskipTests)
[ "${BENCH_OFFLINE:-0}" = 1 ] && MVN_OPTS=(-o "${MVN_OPTS[@]}")
source benchmarks/lib.sh

current=$ROOT/api/target/quarkus-app/quarkus-run.jar
[ -f "$current" ] || { echo "no packaged service at $current: ./mvnw -B -q -pl api -am package -DskipTests" >&2; exit 2; }
base_rev=$(git rev-parse --short "$BASELINE")
this_rev=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' || echo "+changes")

# The baseline's build, in its own worktree (reused when it is already built for that commit).
base_tree=$WORK/baseline-$base_rev
if [ ! -f "$base_tree/api/target/quarkus-app/quarkus-run.jar" ]; then
  rm -rf "$base_tree"; git worktree prune
  git worktree add -q --detach "$base_tree" "$base_rev"
  echo "building the baseline $base_rev"
  (cd "$base_tree" && ./mvnw "${MVN_OPTS[@]}")
fi
baseline=$base_tree/api/target/quarkus-app/quarkus-run.jar

words=$WORK/words.txt
tr -cs 'A-Za-z' '\n' < "$SAMPLE" | tr 'A-Z' 'a-z' | awk 'length >= 6' | sort -u > "$words"

# cell OPERATION CLIENTS [--vary FILE]: one table cell, "requests/s, p50 / p99 ms, the service's CPU ms per
# request", or why there is none
cell() {
  local op=$1 clients=$2 out; shift 2
  if out=$(java "$ROOT/api/src/bench/LoadGenerator.java" --url "http://127.0.0.1:$PORT/graphql" --operation "$op" \
             --clients "$clients" --seconds "$SECONDS_EACH" --warmup 5 --service-pid "$PID" "$@" 2>&1); then
    echo "$out" | awk '/^result /{for(i=2;i<=NF;i++){split($i,kv,"="); r[kv[1]]=kv[2]}
                      printf "%.0f/s, %s / %s ms, %s ms CPU%s", r["rps"], r["p50"], r["p99"], r["cpu_ms"],
                             (r["failed"] > 0 ? ", " r["failed"] " failed" : "")}'
  else
    echo "(no figure: $(echo "$out" | grep -m1 -o 'answered [0-9]*\|Exception[^:]*' || echo 'the generator failed'))"
  fi
}

measure() {  # measure LABEL JAR N: one build at one size; appends rows to $rows
  local label=$1 n=$3 dir=$WORK/$1-$3
  JAR=$2
  rm -rf "$dir"; mkdir -p "$dir/corpus"
  cp "$SAMPLE" "$dir/corpus/"
  make_corpus "$dir/corpus" "$n"
  local bytes; bytes=$(du -sb "$dir/corpus" | cut -f1)
  local t0; t0=$(now_ms); start "$dir" "$dir/import.log"
  await "http://127.0.0.1:$PORT/q/health/ready" 14400
  local import_ms=$(( $(now_ms) - t0 )); stop
  t0=$(now_ms); start "$dir" "$dir/restart.log"
  await "http://127.0.0.1:$PORT/q/health/ready" 600
  local restart_ms=$(( $(now_ms) - t0 ))
  local cells=""
  for c in $CLIENTS; do cells+=" | $(cell InterviewReader "$c")"; done
  for c in $CLIENTS; do cells+=" | $(cell Search "$c")"; done
  cells+=" | $(cell Search 8 --vary "$words")"
  local rss; rss=$(awk '/VmHWM/{printf "%.0f MB", $2/1024}' "/proc/$PID/status")
  stop
  local disk; disk=$(du -sm "$dir/data" | awk '{print $1 " MB"}')
  local rate; rate=$(python3 -c "print(f'{($n + 1) / ($import_ms / 1000):.1f} art/s, {$bytes / 1e6 / ($import_ms / 1000):.2f} MB/s')")
  rows+="| $n | $label | $(( import_ms / 1000 )) s ($rate) | $(( restart_ms / 1000 )).$(( restart_ms % 1000 / 100 )) s$cells | $rss | $disk |"$'\n'
}

mkdir -p "$WORK" benchmarks/results
rows=""
for n in ${SIZES//,/ }; do
  measure "baseline $base_rev" "$baseline" "$n"
  measure "this $this_rev" "$current" "$n"
  echo "size $n done"
done

header="| articles | build | first import | restart |"
rule="|---:|---|---|---|"
for c in $CLIENTS; do header+=" reader, $c clients |"; rule+="---|"; done
for c in $CLIENTS; do header+=" search, $c clients |"; rule+="---|"; done
header+=" search, 400 words, 8 clients | peak RSS | disk |"; rule+="---|---|---|"
result=benchmarks/results/$(date -u +%Y-%m-%dT%H%M)-$this_rev.md
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
  echo "each cell: requests/s, p50 / p99 latency; $SECONDS_EACH s per cell after 5 s of warm-up; heap ${HEAP}."
  echo
  echo "$header"; echo "$rule"; printf '%s' "$rows"
} | tee "$result"
echo "written to $result"
