#!/usr/bin/env bash
# Catalogue at scale: imports a generated 5,000-item catalogue through the API, then times the list
# page with filters, the way a product manager uses it.
#   bench/catalogue.sh [ITEMS] [RUNS] [PORT]
# Builds Release; talks only to 127.0.0.1; stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-5000}
runs=${2:-30}
port=${3:-5198}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
jar="$work/cookies.txt"

python3 - "$items" > "$work/catalogue.json" <<'PY'
import json, random, sys
n = int(sys.argv[1]); rnd = random.Random(2026)
cats = [{"code": f"CAT-{i:02d}", "name": f"Pain category {i}", "description": "Generated for the benchmark."} for i in range(40)]
kinds = ["standard", "innovation", "service"]; models = ["one-time", "monthly", "annual"]
items = []
for i in range(n):
    code = f"GEN-{i:05d}"
    prices = [{"currency": c, "listPrice": round(rnd.uniform(10, 50000), 2), "unitCost": round(rnd.uniform(1, 5000), 2)} for c in rnd.sample(["EUR", "USD", "CNY", "GBP"], rnd.randint(1, 3))]
    requires = [f"GEN-{rnd.randrange(0, i):05d}"] if i > 10 and rnd.random() < 0.2 else []
    items.append({"code": code, "kind": rnd.choice(kinds), "name": f"Generated offer {i}", "summary": "An item generated for the benchmark.",
                  "proposalText": "{{ client.name }} benefits from item " + str(i) + ".", "status": rnd.choice(["active"] * 8 + ["draft", "retired"]),
                  "pricing": {"model": rnd.choice(models), "unit": "user", "maxDiscountPercent": 15, "prices": prices},
                  "quantity": {"min": 1, "max": 1000, "default": 10},
                  "addresses": [{"category": c["code"], "strength": rnd.randint(1, 3)} for c in rnd.sample(cats, rnd.randint(1, 3))],
                  "requires": requires, "excludes": [], "differentiators": ["Generated differentiator"]})
print(json.dumps({"categories": cats, "items": items}))
PY
printf 'catalogue file: %s items, %s KiB\n' "$items" "$(( $(stat -c %s "$work/catalogue.json") / 1024 ))"

dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
(cd src/Configurator.Web && exec env ASPNETCORE_ENVIRONMENT=Development Pdf__StartOnBoot=false ConnectionStrings__Configurator="Data Source=$work/app.db" \
  dotnet bin/Release/net10.0/Configurator.Web.dll --urls "$base") >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/healthz" && break; sleep 0.05; done

token=$(curl -sf -X POST "$base/api/v1/auth/token" -H 'content-type: application/json' \
  -d '{"email":"product@demo.local","password":"Demo!2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
curl -sf -o "$work/dry.json" -w 'dry run (validate + plan, nothing written): %{time_total} s\n' -X POST "$base/api/v1/catalogue/import?dryRun=true" \
  -H "Authorization: Bearer $token" -H 'content-type: application/json' --data-binary @"$work/catalogue.json"
curl -sf -o "$work/import.json" -w 'import (validate + write all, with history): %{time_total} s\n' -X POST "$base/api/v1/catalogue/import" \
  -H "Authorization: Bearer $token" -H 'content-type: application/json' --data-binary @"$work/catalogue.json"
printf 'import answer: %s\n' "$(cat "$work/import.json")"
curl -sf -o /dev/null -w 're-import of the same file (all unchanged): %{time_total} s\n' -X POST "$base/api/v1/catalogue/import" \
  -H "Authorization: Bearer $token" -H 'content-type: application/json' --data-binary @"$work/catalogue.json"

t=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=product@demo.local" --data-urlencode "Password=Demo!2026" --data-urlencode "__RequestVerificationToken=$t" "$base/login"

measure() {
  local label=$1 url=$2 times=()
  curl -s -c "$jar" -b "$jar" -o /dev/null -H 'HX-Request: true' "$base$url"   # warm-up
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{time_total}' -H 'HX-Request: true' "$base$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" -v l="$label" '{a[NR]=$1} END {printf "%s: median %.1f ms, p90 %.1f ms (%d runs)\n", l, a[int((n+1)/2)]*1000, a[int(n*0.9)]*1000, n}'
}
measure "list, no filter (page 1 of 25 rows)" "/catalogue"
measure "list, kind + status + category filter" "/catalogue?kind=innovation&status=active&category=CAT-07&currency=USD"
measure "list, search by name, sorted by price desc" "/catalogue?q=offer%2012&sort=price&dir=desc"
measure "item page with rules and history" "/catalogue/items/GEN-04321"
printf 'app memory (RSS): %s MiB\n' "$(( $(ps -o rss= -p $app) / 1024 ))"
