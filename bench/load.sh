#!/usr/bin/env bash
# The load test side by side (issue #20): SQLite with one instance, PostgreSQL with one instance, and PostgreSQL with
# two instances behind nginx (round robin), each on the same volume data, driven by the same realistic mix.
#   bench/load.sh [SECONDS] [USERS]
#     SECONDS  how long each set-up is driven (default 60)
#     USERS    simulated people at once, no pause between requests (default 20)
# Environment (all optional):
#   LOAD_PORT1, LOAD_PORT2, LOAD_NGINX_PORT   loopback ports (default 5321, 5322, 8098)
#   LOAD_PG   PostgreSQL server as "host port user password" (default "127.0.0.1 5432 configurator configurator");
#             the role must be allowed to create databases; the script makes its own and drops it at the end
#   LOAD_DB   that database's name (default configurator_load_<pid>)
#   LOAD_WORK a folder for the data, logs and figures (default: a new temporary folder, removed at the end)
#   LOAD_QUEUE_SECONDS  then every user on the approval queue alone, per set-up (default 15; 0 leaves it out)
#   LOAD_THINK_MS       each user's mean pause between requests (default 0: no pause, the machine saturated; 1000: people
#                       who click about once a second)
#   LOAD_WARM_SECONDS   the same mix, untimed, before each timed run (default 20): .NET recompiles its hot paths optimised over
#                       the first tens of seconds after a start, and a server that has been running is past that
# Each database: the app migrates it and seeds the demo users, then `seed --accounts 2000 --opportunities 5
# --proposals 3000 --in-review 200` (same seed, so the same book on both providers), then a 5,000-item catalogue is
# imported through the API. Builds Release; talks only to 127.0.0.1; stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
users=${2:-20}
port1=${LOAD_PORT1:-5321}
port2=${LOAD_PORT2:-5322}
nginx_port=${LOAD_NGINX_PORT:-8098}
queue_seconds=${LOAD_QUEUE_SECONDS:-15}
warm_seconds=${LOAD_WARM_SECONDS:-20}
think_ms=${LOAD_THINK_MS:-0}
read -r pg_host pg_port pg_user pg_password <<<"${LOAD_PG:-127.0.0.1 5432 configurator configurator}"
db=${LOAD_DB:-configurator_load_$$}
if [ -n "${LOAD_WORK:-}" ]; then work=$LOAD_WORK; keep_work=1; mkdir -p "$work"; else work=$(mktemp -d); keep_work=0; fi
pg_admin="host=$pg_host port=$pg_port user=$pg_user password=$pg_password dbname=postgres"
pg_app="Host=$pg_host;Port=$pg_port;Database=$db;Username=$pg_user;Password=$pg_password"
web="$PWD/src/Configurator.Web/bin/Release/net10.0/Configurator.Web.dll"
load="$PWD/bench/Configurator.Load/bin/Release/net10.0/Configurator.Load.dll"
pids=()
nginx_pid=""

for p in "$port1" "$port2" "$nginx_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "Something already answers on 127.0.0.1:$p; set LOAD_PORT1/LOAD_PORT2/LOAD_NGINX_PORT." >&2; exit 1; fi
done
psql "$pg_admin" -Atqc 'select 1' >/dev/null || { echo "PostgreSQL does not answer at $pg_host:$pg_port as $pg_user (set LOAD_PG)." >&2; exit 1; }

stop_apps() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; fi
}
finish() {
  local status=$?
  stop_apps
  if [ "$status" -ne 0 ]; then for f in "$work"/*.log; do [ -f "$f" ] && { echo "--- last lines of $f:" >&2; tail -n 15 "$f" >&2; }; done; fi
  psql "$pg_admin" -qc "drop database if exists \"$db\" with (force)" >/dev/null 2>&1 || echo "Could not drop database $db; drop it by hand." >&2
  [ "$keep_work" = 1 ] || rm -rf "$work"
}
trap finish EXIT

echo "== bench/load.sh: $seconds s, $users users per set-up; $(nproc) cores; uptime at the start: $(uptime)"
python3 - > "$work/catalogue.json" <<'PY'
import json, random
rnd = random.Random(2026)
demo = ["SLOW-FULFIL", "STOCK-ERRORS", "MANUAL-REPORTING", "INTEGRATION-GAPS", "COMPLIANCE", "DOWNTIME", "ADOPTION", "CARRIER-COSTS", "PEAK-CAPACITY", "RETURNS", "LABOUR"]
cats = [{"code": f"CAT-{i:02d}", "name": f"Pain category {i}", "description": "Generated for the benchmark."} for i in range(40)]
codes = [c["code"] for c in cats]
items = []
for i in range(5000):
    items.append({"code": f"GEN-{i:05d}", "kind": rnd.choice(["standard", "innovation", "service"]), "name": f"Generated offer {i}", "summary": "",
                  "proposalText": "Item " + str(i) + ".", "status": rnd.choice(["active"] * 8 + ["draft", "retired"]),
                  "pricing": {"model": rnd.choice(["one-time", "monthly", "annual"]), "unit": "user", "maxDiscountPercent": 15,
                              "prices": [{"currency": "EUR", "listPrice": round(rnd.uniform(10, 50000), 2), "unitCost": round(rnd.uniform(1, 5000), 2)}]},
                  "quantity": {"min": 1, "max": 1000, "default": 10},
                  "addresses": [{"category": c, "strength": rnd.randint(1, 3)} for c in rnd.sample(codes, rnd.randint(1, 3))],
                  "requires": [], "excludes": [], "differentiators": []})
print(json.dumps({"categories": cats, "items": items}))
PY

dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
dotnet build bench/Configurator.Load -c Release -v q -nologo >/dev/null

# The environment every instance of one database gets, one variable a line.
app_env() { # $1 = sqlite|postgres
  printf '%s\n' ASPNETCORE_ENVIRONMENT=Development Demo__Proposals=false Demo__DecidedProposals=false Pdf__StartOnBoot=false \
    RateLimiting__SignInPermitsPerMinute=100000 RateLimiting__DocumentsPerMinute=100000
  if [ "$1" = sqlite ]; then printf '%s\n' "ConnectionStrings__Configurator=Data Source=$work/sqlite/app.db"
  else printf '%s\n' Database__Provider=Postgres "ConnectionStrings__Configurator=$pg_app"; fi
}
start_app() { # $1 = sqlite|postgres, $2 = port, $3 = log
  local vars=()
  mapfile -t vars < <(app_env "$1")
  (cd src/Configurator.Web && exec env "${vars[@]}" dotnet "$web" --urls "http://127.0.0.1:$2") >>"$3" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$2/healthz" && return 0; sleep 0.1; done
  echo "The app on port $2 did not become healthy." >&2; return 1
}
seed() { # $1 = sqlite|postgres: the app migrates the database and adds the demo users, then the volume seed
  local vars=()
  mapfile -t vars < <(app_env "$1")
  (cd src/Configurator.Web && env "${vars[@]}" dotnet "$web" seed --accounts 2000 --opportunities 5 --proposals 3000 --in-review 200) >>"$work/seed-$1.log" 2>&1
  grep -E '^(Wrote|Usage|There is|No proposals)' "$work/seed-$1.log" | sed 's/^/  /'
}
import_catalogue() { # $1 = base
  local token
  token=$(curl -sf -X POST "$1/api/v1/auth/token" -H 'content-type: application/json' -d '{"email":"product@demo.local","password":"Demo!2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  curl -sf -o /dev/null -w "  catalogue import (5,000 items): %{time_total} s\n" -X POST "$1/api/v1/catalogue/import" -H "Authorization: Bearer $token" \
    -H 'content-type: application/json' --data-binary @"$work/catalogue.json"
}
prepare() { # $1 = sqlite|postgres: the volume seed, then the catalogue through the API
  echo "== preparing the $1 database"
  local started=$SECONDS
  seed "$1"
  start_app "$1" "$port1" "$work/$1-prepare.log"
  import_catalogue "http://127.0.0.1:$port1"
  stop_apps
  echo "  prepared in $((SECONDS - started)) s"
}
drive() { # $1 = label, $2 = base, $3 = json name
  dotnet "$load" --mode mix --base "$2" --users "$users" --seconds "$seconds" --think-ms "$think_ms" --warm-seconds "$warm_seconds" --label "$1" --json "$work/$3.json"
  if [ "$queue_seconds" -gt 0 ]; then
    dotnet "$load" --mode mix --base "$2" --users "$users" --seconds "$queue_seconds" --label "$1, queue alone" --only "approval queue" --json "$work/$3-queue.json"
  fi
}

mkdir -p "$work/sqlite"
PGOPTIONS="-c client_min_messages=warning" psql "$pg_admin" -qc "drop database if exists \"$db\" with (force)" >/dev/null
prepare sqlite
prepare postgres
# After a bulk load PostgreSQL's autovacuum would visit every table in the first minutes of the run (a stall of ~300 ms
# on every route in one run); a server that has been running is past that, so measure it there.
PGOPTIONS="-c client_min_messages=error" psql "host=$pg_host port=$pg_port user=$pg_user password=$pg_password dbname=$db" -qc 'vacuum analyze' >/dev/null
# The whole book fits in memory on this SSD machine: the planner's default random_page_cost (4) is priced for spinning disks
# and makes it scan whole indexes where it should look rows up (README, "Running several instances").
psql "$pg_admin" -qc "alter database \"$db\" set random_page_cost = 1.1" >/dev/null
counts=$(cat <<'SQL'
select (select count(*) from "Accounts") || ' accounts, ' || (select count(*) from "Opportunities") || ' opportunities, '
  || (select count(*) from "PainPoints") || ' pain points, ' || (select count(*) from "OfferItems") || ' catalogue items, '
  || (select count(*) from "Proposals") || ' proposals, ' || (select count(*) from "Proposals" where "Status" = 'InReview') || ' in review';
SQL
)
echo "  SQLite:     $(sqlite3 "$work/sqlite/app.db" "$counts")"
echo "  PostgreSQL: $(psql "host=$pg_host port=$pg_port user=$pg_user password=$pg_password dbname=$db" -Atc "$counts")"

echo "== SQLite, one instance"
start_app sqlite "$port1" "$work/sqlite.log"
drive "SQLite, 1 instance" "http://127.0.0.1:$port1" sqlite
stop_apps

echo "== PostgreSQL, one instance"
start_app postgres "$port1" "$work/postgres-1.log"
drive "PostgreSQL, 1 instance" "http://127.0.0.1:$port1" postgres-1
stop_apps

echo "== PostgreSQL, two instances behind nginx (round robin)"
start_app postgres "$port1" "$work/postgres-2a.log"
start_app postgres "$port2" "$work/postgres-2b.log"
mkdir -p "$work/nginx/tmp"
sed -e "s/@PORT1@/$port1/; s/@PORT2@/$port2/; s/@LISTEN@/$nginx_port/" bench/load-nginx.conf >"$work/nginx/nginx.conf"
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>>"$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/healthz" && break; sleep 0.1; done
drive "PostgreSQL, 2 instances + nginx" "http://127.0.0.1:$nginx_port" postgres-2
stop_apps

echo
echo "== side by side ($seconds s, $users users each; uptime at the end: $(uptime))"
locked=$( (grep -ci 'database is locked' "$work"/sqlite*.log "$work"/seed-sqlite.log 2>/dev/null || true) | awk -F: '{s+=$NF} END {print s+0}')
python3 - "$work" "$locked" <<'PY'
import json, os, sys
work, locked = sys.argv[1], sys.argv[2]
runs = [json.load(open(os.path.join(work, f"{n}.json"))) for n in ("sqlite", "postgres-1", "postgres-2")]
def cell(r):
    if r is None or r["n"] == 0:
        return "—"
    return f'{r["p50"]:.0f} / {r["p95"]:.0f} / {r["p99"]:.0f} ms, {r["perSecond"]:.1f}/s' + (f' ({r["errorKinds"]})' if r["errors"] else "")
print("| route: median / p95 / p99, requests a second | " + " | ".join(r["label"] for r in runs) + " |")
print("|---" * (len(runs) + 1) + "|")
for route in runs[0]["routes"]:
    print(f"| {route} | " + " | ".join(cell(r["routes"].get(route)) for r in runs) + " |")
print("| all requests a second | " + " | ".join(f'{r["perSecond"]:.1f}' for r in runs) + " |")
print("| errors (non-2xx, timeouts) | " + " | ".join(str(r["errors"]) for r in runs) + " |")
queue = [os.path.join(work, f"{n}-queue.json") for n in ("sqlite", "postgres-1", "postgres-2")]
if all(os.path.exists(q) for q in queue):
    q = [json.load(open(p)) for p in queue]
    print("| approval queue alone, every user | " + " | ".join(cell(x["routes"]["approval queue"]) for x in q) + " |")
print(f'\n"database is locked" in the SQLite logs: {locked}')
PY
