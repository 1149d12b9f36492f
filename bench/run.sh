#!/usr/bin/env bash
# dvoe's benchmarks from one entry point (`make bench`). It builds its own setup: a PostgreSQL
# database, a seeded population, gunicorn serving dvoe with production settings on 127.0.0.1, and
# locust (headless, loopback only, bounded in time) driving a night. Then lighthouse, the screening
# benchmark and the reminder dispatch benchmark. Figures print to the terminal and bench/results/.
#
#   BENCH_USERS=2000 BENCH_DAYS=365 BENCH_CONCURRENCY=50 BENCH_DURATION=60 make bench
#   BENCH_ONLY=seed|pages|lighthouse|screening|reminders   run one part
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

serve() {
  "$ROOT/.venv/bin/gunicorn" dvoe.wsgi:application --bind "127.0.0.1:$PORT" --workers "$WORKERS" \
    --worker-class sync --log-level warning --pid "$OUT/gunicorn.pid" &
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "gunicorn did not start" >&2; exit 1
}

stop_server() { [ -f "$OUT/gunicorn.pid" ] && kill "$(cat "$OUT/gunicorn.pid")" 2>/dev/null || true; rm -f "$OUT/gunicorn.pid"; }
trap stop_server EXIT

pages() {
  seed
  serve
  echo "== Pages: $CONCURRENCY sessions, gunicorn $WORKERS sync workers, ${DURATION}s per phase"
  for phase in HealthzOnly TonightOnly Night NightPaced LogIn; do
    local users=$CONCURRENCY rate=$CONCURRENCY
    [ "$phase" = LogIn ] && users=4 rate=4  # four people signing in at once is a busy minute
    [ "$phase" = NightPaced ] && rate=5  # people arrive over ten seconds, not in one instant
    BENCH_USERS=$USERS "$ROOT/.venv/bin/locust" -f bench/locustfile.py "$phase" --headless -u "$users" \
      -r "$rate" -t "${DURATION}s" --host "http://127.0.0.1:$PORT" --csv "$OUT/$phase" \
      --only-summary --stop-timeout 5 --exit-code-on-error 0 >"$OUT/$phase.log" 2>&1 \
      || { tail -20 "$OUT/$phase.log"; exit 1; }
  done
  "$PY" bench/report.py "$OUT" | tee "$OUT/pages.txt"
  "$PY" bench/journal_search_bench.py | tee -a "$OUT/pages.txt"
  "$PY" bench/profile_page.py > "$OUT/profile.txt" 2>&1 && echo "profile of /tonight/: $OUT/profile.txt"
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
  lighthouse) lighthouse ;;
  screening) "$PY" bench/screening_bench.py | tee "$OUT/screening.txt" ;;
  reminders) "$PY" bench/reminders_bench.py | tee "$OUT/reminders.txt" ;;
  *) echo "BENCH_ONLY must be all, seed, pages, lighthouse, screening or reminders" >&2; exit 2 ;;
esac
