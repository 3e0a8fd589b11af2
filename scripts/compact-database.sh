#!/usr/bin/env bash
# Gives back the disk space the embedded H2 database keeps after many imports (issue 14; PERFORMANCE.md).
#
#   scripts/compact-database.sh [DATA_DIR=./data]
#
# H2 2.x writes each commit's changes to new space in its file and reclaims the old space only partly while it
# runs: after 5,000 imported articles the file held 2.8 GB, of which about 380 MB was live data. "SHUTDOWN COMPACT"
# rewrites the file with the live data only. It needs the database to itself: stop the service first (H2's file
# lock refuses a second process, so running this against a live service fails without harm). Uses the H2 jar the
# packaged service ships (./mvnw -B -q -pl api -am package -DskipTests). The PostgreSQL profile needs none of this.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${1:-./data}
DB=$DATA/colloquy
H2=$(ls api/target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1 || true)
[ -n "$H2" ] || { echo "no H2 jar: package the service first (./mvnw -B -q -pl api -am package -DskipTests)" >&2; exit 2; }
[ -f "$DB.mv.db" ] || { echo "no database at $DB.mv.db" >&2; exit 2; }

before=$(du -k "$DB.mv.db" | cut -f1)
# The shell reports "Database is already closed" after SHUTDOWN: that is the shutdown itself, not an error.
out=$(java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DB" -user "" -password "" -sql "SHUTDOWN COMPACT" 2>&1) || true
if echo "$out" | grep -q "already in use"; then
  echo "the database at $DB is in use: stop the service first" >&2
  exit 1
fi
if [ -n "$out" ] && ! echo "$out" | grep -q "^Error: .*Database is already closed"; then
  echo "compaction failed: $out" >&2
  exit 1
fi
after=$(du -k "$DB.mv.db" | cut -f1)
echo "compacted $DB.mv.db: $((before / 1024)) MB -> $((after / 1024)) MB"
