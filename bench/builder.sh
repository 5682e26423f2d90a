#!/usr/bin/env bash
# Builder at scale: a 5,000-item catalogue, one proposal of 50 lines per simulated user, and each builder
# change timed from the client (bench/Configurator.Load): alone, and with USERS users changing quantities
# on their own proposals with no pause.
#   bench/builder.sh [RUNS] [PORT] [USERS] [SECONDS]
#     RUNS     samples per single-user figure (default 300; figures want at least 200)
#     PORT     loopback port for the app (default 5199)
#     USERS    simulated users in the concurrent run, each with its own proposal and connection (default 20)
#     SECONDS  how long the concurrent run lasts (default 30)
# Builds Release; talks only to 127.0.0.1; stops the app when done. Each user keeps one keep-alive
# connection; percentiles are read from the sorted samples. The app's GC totals come from a startup hook
# (DOTNET_STARTUP_HOOKS, bench code; src/ is unchanged), its CPU time from /proc, its server-side times
# from its own request log.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}
port=${2:-5199}
users=${3:-20}
seconds=${4:-30}
base="http://127.0.0.1:$port"
work=$(mktemp -d)

python3 - > "$work/catalogue.json" <<'PY'
import json, random
rnd = random.Random(2026)
cats = [{"code": f"CAT-{i:02d}", "name": f"Pain category {i}", "description": "Generated for the benchmark."} for i in range(40)]
items = []
for i in range(5000):
    items.append({"code": f"GEN-{i:05d}", "kind": rnd.choice(["standard", "innovation", "service"]), "name": f"Generated offer {i}", "summary": "",
                  "proposalText": "Item " + str(i) + ".", "status": rnd.choice(["active"] * 8 + ["draft", "retired"]),
                  "pricing": {"model": rnd.choice(["one-time", "monthly", "annual"]), "unit": "user", "maxDiscountPercent": 15,
                              "prices": [{"currency": "EUR", "listPrice": round(rnd.uniform(10, 50000), 2), "unitCost": round(rnd.uniform(1, 5000), 2)}]},
                  "quantity": {"min": 1, "max": 1000, "default": 10},
                  "addresses": [{"category": c["code"], "strength": rnd.randint(1, 3)} for c in rnd.sample(cats, rnd.randint(1, 3))],
                  "requires": [], "excludes": [], "differentiators": []})
print(json.dumps({"categories": cats, "items": items}))
PY

if curl -s -o /dev/null "$base/healthz"; then echo "Something already answers on $base; pick another PORT." >&2; exit 1; fi
dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
dotnet build bench/Configurator.Load -c Release -v q -nologo >/dev/null
load="$PWD/bench/Configurator.Load/bin/Release/net10.0/Configurator.Load.dll"
(cd src/Configurator.Web && exec env ASPNETCORE_ENVIRONMENT=Development Pdf__StartOnBoot=false RateLimiting__SignInPermitsPerMinute=1000 \
  DOTNET_STARTUP_HOOKS="$load" CONFIGURATOR_BENCH_GC_SOCKET="$work/gc.sock" \
  ConnectionStrings__Configurator="Data Source=$work/app.db" dotnet bin/Release/net10.0/Configurator.Web.dll --urls "$base") >"$work/app.log" 2>&1 &
app=$!
stop() {
  local status=$?
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then echo "--- last lines of the app log:" >&2; tail -n 30 "$work/app.log" >&2 || true; fi
  rm -rf "$work"
}
trap stop EXIT
for _ in $(seq 1 1200); do curl -sf -o /dev/null "$base/healthz" && break; sleep 0.05; done
curl -sf -o /dev/null "$base/healthz"

dotnet "$load" --base "$base" --catalogue "$work/catalogue.json" --runs "$runs" --users "$users" --seconds "$seconds" \
  --app-log "$work/app.log" --app-pid "$app" --gc-socket "$work/gc.sock"
