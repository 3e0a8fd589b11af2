# Shared by the benchmark scripts: a corpus of copies of public-domain briefings, and starting, awaiting and stopping
# the packaged service. Source it; it expects DIR, SOURCE, PORT, HEAP and JAR to be set by the caller.

USER_OPTS=(-Dcolloquy.security.users.bench.password-hash='$2a$04$YA6/59ieU7hTkC1RPg6LC.m9LKwIvIXpYB6mqzkXOvFcM73XRyyrS'
           -Dcolloquy.security.users.bench.roles=editor)

# make_corpus TARGET N: N copies of the development corpus's 2021 White House briefings (public domain), each with its
# own title and source URL so that each is an article of its own, plus N/50 files that are no interview (rejected).
make_corpus() {
  python3 - "$SOURCE" "$1" "$2" <<'PY'
import pathlib, re, sys
source, target, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
target.mkdir(parents=True, exist_ok=True)
briefings = sorted(p for p in source.glob("*.md") if p.name != "SOURCE.md")
for i in range(n):
    b = briefings[i % len(briefings)]
    text = b.read_text(encoding="utf-8")
    text = re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} (copy {i})"', text, count=1, flags=re.M)
    text = re.sub(r'^source_url: (\S+)$', lambda m: f'source_url: {m.group(1)}?copy={i}', text, count=1, flags=re.M)
    (target / f"copy-{i:05d}-{b.name}").write_text(text, encoding="utf-8")
for i in range(n // 50):
    (target / f"notes-{i:05d}.txt").write_text(
        f"Reading list {i}\n\nA few books on press briefings.\n\nNothing here is an interview.\n", encoding="utf-8")
PY
}

# start WORKDIR LOG [options…]: starts the service in WORKDIR (corpus ./corpus, data ./data) in the background; sets PID.
start() {
  local work=$1 log=$2; shift 2
  (cd "$work" && exec java -Xmx"$HEAP" -Dquarkus.http.port="$PORT" -Dcolloquy.corpus.dir=./corpus "${USER_OPTS[@]}" \
       "$@" -jar "$JAR" >"$log" 2>&1) &
  PID=$!
}

# await URL LIMIT_S: polls until the URL answers 200, or fails when the service exits or the limit passes.
await() {
  local url=$1 limit=$2 t0=$SECONDS
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$PID" 2>/dev/null || { echo "service exited; see its log" >&2; return 1; }
    (( SECONDS - t0 < limit )) || { echo "no answer from $url in $limit s" >&2; return 1; }
    sleep 0.1
  done
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

now_ms() { date +%s%3N; }

# rss_mb: the service process's resident memory now, in MB.
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }

# cpu_s: the processor time (user and system) the service process has used so far, in seconds. On a shared machine
# it moves far less with the load than wall time, so two builds compare by it even when the wall figures do not.
cpu_s() {
  local fields; read -ra fields < "/proc/$PID/stat"
  python3 -c "import os,sys; print(f'{(int(sys.argv[1]) + int(sys.argv[2])) / os.sysconf(\"SC_CLK_TCK\"):.1f}')" \
    "${fields[13]}" "${fields[14]}"
}
