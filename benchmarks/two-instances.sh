#!/usr/bin/env bash
# Two instances on one PostgreSQL (issue 14, part 4): imports a document through instance A and measures when
# instance B serves it (read at once, since both read the same database) and when B's search finds it (B's index
# follows the database's change log every colloquy.search.follow-interval).
#
#   benchmarks/two-instances.sh [IMPORTS=5]
#
# Needs a service packaged for PostgreSQL (JAR, default api/target/quarkus-app-postgres/quarkus-run.jar):
#   ./mvnw -B -q -pl api -am package -DskipTests -Dquarkus.datasource.db-kind=postgresql \
#       -Dquarkus.package.output-directory=quarkus-app-postgres
# and Debian's postgresql (.ci/postgres starts a private one and deletes it afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."

IMPORTS=${1:-5}
JAR=${JAR:-$PWD/api/target/quarkus-app-postgres/quarkus-run.jar}
WORK=$(mktemp -d /tmp/colloquy-two-instances.XXXXXX)
eval "$(.ci/postgres start)"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
            .ci/postgres stop "$COLLOQUY_TEST_POSTGRES_DIR"; rm -rf "$WORK"; }
trap cleanup EXIT
HASH='$2a$04$YA6/59ieU7hTkC1RPg6LC.m9LKwIvIXpYB6mqzkXOvFcM73XRyyrS'   # bcrypt of edith-local, cost 4

start() {  # start NAME PORT
  mkdir -p "$WORK/$1"
  (cd "$WORK/$1" && QUARKUS_DATASOURCE_JDBC_URL=$COLLOQUY_TEST_POSTGRES_URL \
     QUARKUS_DATASOURCE_USERNAME=$COLLOQUY_TEST_POSTGRES_USER QUARKUS_DATASOURCE_PASSWORD=$COLLOQUY_TEST_POSTGRES_PASSWORD \
     exec java -Xmx512m -Dquarkus.http.port="$2" -Dcolloquy.security.users.edith.password-hash="$HASH" \
       -Dcolloquy.security.users.edith.roles=editor -jar "$JAR" >"$WORK/$1.log" 2>&1) &
  PIDS+=($!)
}
await() { until curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready"; do sleep 0.2; done; }
gql() { curl -sf -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$1/graphql"; }
now_ms() { date +%s%3N; }

start a 18181; await 18181   # A first: it migrates the schema
start b 18182; await 18182
for i in $(seq 1 "$IMPORTS"); do
  word="zephyrine$RANDOM$i"
  text="Talking shop with Elna Varga about $word

Elna Varga has run the town's cooperative workshop for eleven years. We met her to ask about the workshop.

How do you see the future of $word after this season?

I think $word will be with us for a long while yet, and we will keep working on it every week."
  t0=$(now_ms)
  slug=$(curl -sf -u edith:edith-local -H 'Content-Type: text/plain' --data-binary "$text" \
           "http://127.0.0.1:18181/api/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)["slug"])')
  t1=$(now_ms)
  read_b=$(gql 18182 "{\"query\":\"{ article(slug: \\\"$slug\\\") { slug } }\"}" \
           | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["article"] is not None)')
  t2=$(now_ms)
  until [ "$(gql 18182 "{\"query\":\"{ search(query: \\\"$word\\\") { totalCount } }\"}" \
             | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["search"]["totalCount"])')" -gt 0 ]; do
    sleep 0.05
    (( $(now_ms) - t1 < 30000 )) || { echo "import $i: not found through B in 30 s" >&2; exit 1; }
  done
  t3=$(now_ms)
  echo "import $i through A: answered in $((t1 - t0)) ms; read through B at once: $read_b ($((t2 - t1)) ms); found by search through B $((t3 - t1)) ms after A answered"
done
