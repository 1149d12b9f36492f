#!/usr/bin/env bash
# dvoe's benchmarks from one entry point (`make bench`). It builds its own setup: a PostgreSQL
# database, a seeded population, gunicorn serving dvoe with production settings on 127.0.0.1, and
# locust (headless, loopback only, bounded in time) driving a night. Then lighthouse, the screening
# benchmark and the reminder dispatch benchmark. Figures print to the terminal and bench/results/.
#
#   BENCH_USERS=2000 BENCH_DAYS=365 BENCH_CONCURRENCY=50 BENCH_DURATION=60 make bench
#   BENCH_ONLY=seed|pages|renders|lighthouse|screening|reminders   run one part
#   renders: every signed-in page's full render against /healthz, BENCH_RENDER_SESSIONS (20) sessions,
#   BENCH_RENDER_SECONDS (20) a page, BENCH_RENDER_PAGES ("/tonight/ /season/ /journal/ /coach/invite/")
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=$ROOT/.venv/bin/python
USERS=${BENCH_USERS:-2000}
DAYS=${BENCH_DAYS:-365}
CONCURRENCY=${BENCH_CONCURRENCY:-50}
DURATION=${BENCH_DURATION:-60}
PORT=${BENCH_PORT:-8765}
WORKERS=${BENCH_WORKERS:-5}
PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
ONLY=${BENCH_ONLY:-all}
OUT=$ROOT/bench/results
mkdir -p "$OUT/var"

# Production settings, but plain HTTP on loopback: no TLS redirect and cookies without Secure.
export PYTHONPATH="$ROOT" DATABASE_URL="$PG/dvoe_bench"
export DVOE_PRODUCTION=true DEBUG=false SECURE_SSL_REDIRECT=false SECURE_COOKIES=false
export ALLOWED_HOSTS=127.0.0.1 DVOE_VAR_DIR="$OUT/var" STATIC_ROOT="$OUT/static" LOG_LEVEL=WARNING
export SECRET_KEY=${SECRET_KEY:-bench-$(head -c 32 /dev/urandom | base64 | tr -d '\n/+=')}
[ -f "$OUT/fernet.key" ] || "$PY" -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())' > "$OUT/fernet.key"
export FERNET_KEYS=$(cat "$OUT/fernet.key")
export EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend

machine() { echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(python3 --version), PostgreSQL $(psql "$PG/postgres" -qtAc 'show server_version')"; }

seed() {
  local want="$USERS users x $DAYS nights"
  if [ "$(cat "$OUT/seeded" 2>/dev/null)" != "$want" ] || [ "${BENCH_RESEED:-0}" = 1 ]; then
    echo "== Seeding $want (once; BENCH_RESEED=1 to redo)"
    psql "$PG/postgres" -qc "drop database if exists dvoe_bench" -qc "create database dvoe_bench"
    "$PY" manage.py migrate --noinput -v 0
    /usr/bin/time -f "seeded in %e s, peak RSS %M KB" \
      "$PY" manage.py seed_demo --users "$USERS" --days "$DAYS" --email bench@dvoe.test --quiet
    echo "$want" > "$OUT/seeded"
  fi
  "$PY" manage.py migrate --noinput -v 0  # a seeded database follows later migrations
  "$PY" manage.py collectstatic --noinput -v 0
  "$PY" bench/make_sessions.py "$OUT/sessions.txt"
}

# serve [TREE]: gunicorn on $PORT serving TREE (default this one); its access log goes to $OUT/gunicorn.log.
serve() {
  local tree=${1:-$ROOT}
  (cd "$tree" && PYTHONPATH="$tree" exec "$ROOT/.venv/bin/gunicorn" dvoe.wsgi:application \
    --bind "127.0.0.1:$PORT" --workers "$WORKERS" --worker-class sync --log-level warning \
    --pid "$OUT/gunicorn.pid" >>"$OUT/gunicorn.log" 2>&1) &
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "gunicorn did not start" >&2; exit 1
}

stop_server() { [ -f "$OUT/gunicorn.pid" ] && kill "$(cat "$OUT/gunicorn.pid")" 2>/dev/null || true; rm -f "$OUT/gunicorn.pid"; }
trap stop_server EXIT

# locust_phase CLASS CSV_NAME USERS RATE SECONDS: one headless locust phase, its figures in $OUT/CSV_NAME_*.csv
locust_phase() {
  BENCH_USERS=$USERS "$ROOT/.venv/bin/locust" -f bench/locustfile.py "$1" --headless -u "$3" \
    -r "$4" -t "${5}s" --host "http://127.0.0.1:$PORT" --csv "$OUT/$2" \
    --only-summary --stop-timeout 5 --exit-code-on-error 0 >"$OUT/$2.log" 2>&1 \
    || { tail -20 "$OUT/$2.log"; exit 1; }
}

# The signed-in pages whose full render is measured, each alone, with its session's cookies.
read -r -a RENDER_PAGES <<< "${BENCH_RENDER_PAGES:-/tonight/ /season/ /journal/ /coach/invite/}"

# render_phases TREE TAG: every page's full render (page cache off), then /tonight/ reloaded
# (page cache on, in a tree that has one), each against /healthz on the same server.
render_phases() {
  local tree=$1 tag=$2 users=${BENCH_RENDER_SESSIONS:-20} seconds=${BENCH_RENDER_SECONDS:-20}
  export DVOE_PAGE_CACHE=false
  serve "$tree"
  locust_phase HealthzOnly "render-${tag}_healthz" "$users" "$users" "$seconds"
  for path in "${RENDER_PAGES[@]}"; do
    BENCH_PATH=$path locust_phase PageOnly "render-${tag}_$(echo "$path" | tr -c 'a-z\n' _)" "$users" "$users" "$seconds"
  done
  stop_server
  export DVOE_PAGE_CACHE=true
  serve "$tree"
  # Each person's first load on each worker is a full render: fill every worker's copy first.
  BENCH_PATH=/tonight/ locust_phase PageOnly "warmup-${tag}_tonight" "$users" "$users" "$seconds"
  locust_phase HealthzOnly "reload-${tag}_healthz" "$users" "$users" "$seconds"
  BENCH_PATH=/tonight/ locust_phase PageOnly "reload-${tag}_tonight" "$users" "$users" "$seconds"
  stop_server
  unset DVOE_PAGE_CACHE
}

# BENCH_AGAINST=<git ref>: the same phases against that commit too (exported beside the results,
# same database and sessions), one tree after the other, so a change is judged side by side.
renders() {
  echo "== Full renders: ${BENCH_RENDER_SESSIONS:-20} sessions, gunicorn $WORKERS sync workers, ${BENCH_RENDER_SECONDS:-20}s a page"
  rm -f "$OUT"/render-*_stats.csv "$OUT"/reload-*_stats.csv
  render_phases "$ROOT" this
  if [ -n "${BENCH_AGAINST:-}" ]; then
    local other=$OUT/against
    rm -rf "$other" && mkdir -p "$other"
    git archive "$BENCH_AGAINST" | tar -x -C "$other"
    (cd "$other" && STATIC_ROOT=$OUT/static-against PYTHONPATH=$other "$PY" manage.py collectstatic --noinput -v 0)
    STATIC_ROOT=$OUT/static-against render_phases "$other" against
  fi
  { "$PY" bench/report.py "$OUT" renders this "this tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', changed'))"
    if [ -n "${BENCH_AGAINST:-}" ]; then "$PY" bench/report.py "$OUT" renders against "against $BENCH_AGAINST"; fi
  } | tee "$OUT/renders.txt"
}

pages() {
  seed
  renders
  serve
  echo "== Pages: $CONCURRENCY sessions, gunicorn $WORKERS sync workers, ${DURATION}s per phase"
  locust_phase HealthzOnly HealthzOnly "$CONCURRENCY" "$CONCURRENCY" "$DURATION"
  BENCH_PATH=/tonight/ locust_phase PageOnly TonightOnly "$CONCURRENCY" "$CONCURRENCY" "$DURATION"
  locust_phase Night Night "$CONCURRENCY" "$CONCURRENCY" "$DURATION"
  # People arrive over ten seconds, not in one instant.
  locust_phase NightPaced NightPaced "$CONCURRENCY" 5 "$DURATION"
  locust_phase LogIn LogIn 4 4 "$DURATION"  # four people signing in at once is a busy minute
  "$PY" bench/report.py "$OUT" | tee "$OUT/pages.txt"
  "$PY" bench/journal_search_bench.py | tee -a "$OUT/pages.txt"
  "$PY" bench/profile_page.py > "$OUT/profile.txt" 2>&1 && echo "profile of each page: $OUT/profile.txt"
  stop_server
}

lighthouse() {
  seed
  serve
  local tools="$ROOT/bench/.tools"
  [ -x "$tools/node_modules/.bin/lighthouse" ] || npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12
  "$PY" bench/lighthouse.py "http://127.0.0.1:$PORT" "$tools/node_modules/.bin/lighthouse" | tee "$OUT/lighthouse.txt"
  stop_server
}

machine | tee "$OUT/machine.txt"
case "$ONLY" in
  all) pages; lighthouse; "$PY" bench/screening_bench.py | tee "$OUT/screening.txt"; "$PY" bench/reminders_bench.py | tee "$OUT/reminders.txt" ;;
  seed) seed ;;
  pages) pages ;;
  renders) seed; renders ;;
  lighthouse) lighthouse ;;
  screening) "$PY" bench/screening_bench.py | tee "$OUT/screening.txt" ;;
  reminders) "$PY" bench/reminders_bench.py | tee "$OUT/reminders.txt" ;;
  *) echo "BENCH_ONLY must be all, seed, pages, renders, lighthouse, screening or reminders" >&2; exit 2 ;;
esac
