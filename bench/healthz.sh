#!/usr/bin/env bash
# /healthz while documents print: WORKERS people each fetch the same proposal's draft PDF in a loop
# (curl, signed in as presales) for SECONDS, while /healthz is timed every 0.2 s. Prints /healthz's
# median, p95 and max before and under the load, and how many PDFs were made.
# The app must run with a documents rate limit above the load, e.g.
#   RateLimiting__DocumentsPerMinute=100000 dotnet run -c Release --project src/Configurator.Web --urls http://127.0.0.1:5103
# Usage: bench/healthz.sh [BASE] [WORKERS] [SECONDS]     (defaults http://127.0.0.1:5103, 10, 30)
set -euo pipefail
base=${1:-http://127.0.0.1:5103}
workers=${2:-10}
seconds=${3:-30}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# A proposal to print, made through the API as presales would.
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
token=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"presales@demo.local","password":"Demo!2026"}' "$base/api/v1/auth/token" | jq -r .accessToken)
account=$(api -d "{\"name\":\"Healthz bench $(date +%s%N)\"}" "$base/api/v1/accounts" | jq .id)
opportunity=$(api -d "{\"accountId\":$account,\"name\":\"Healthz bench\",\"currency\":\"EUR\",\"painPoints\":[{\"title\":\"Inventory counts never match\",\"category\":\"STOCK-ERRORS\",\"severity\":5,\"annualImpact\":200000}]}" "$base/api/v1/opportunities" | jq .id)
proposal=$(api -d '{"title":"Healthz bench proposal","termMonths":24,"recommend":true}' "$base/api/v1/opportunities/$opportunity/proposals" | jq .id)

# The draft PDF is a page address: sign in with a cookie.
jar="$out/cookies"
login=$(curl -sf -c "$jar" "$base/login")
form_token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$login" | sed 's/.*value="//;s/"$//')
curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=presales@demo.local" --data-urlencode "Password=Demo!2026" \
  --data-urlencode "__RequestVerificationToken=$form_token" "$base/login"
curl -sf -o /dev/null -b "$jar" "$base/proposals/$proposal/preview.pdf" || { echo "the draft PDF does not print: is the rate limit raised?"; exit 1; }

stats() { sort -n | awk '{ a[NR] = $1 } END { printf "n %d  median %.1f ms  p95 %.1f ms  max %.1f ms\n", NR, a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.5)], a[NR] }'; }
probe() { local until=$1; while (($(date +%s) < until)); do curl -s -o /dev/null -w '%{time_total}\n' "$base/healthz" | awk '{ print $1 * 1000 }'; sleep 0.2; done; }

probe $(($(date +%s) + 5)) >"$out/idle"
end=$(($(date +%s) + seconds))
for w in $(seq "$workers"); do
  (while (($(date +%s) < end)); do curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" "$base/proposals/$proposal/preview.pdf"; done >"$out/worker$w") &
done
probe "$end" >"$out/busy"
wait
printf '/healthz idle           %s\n' "$(stats <"$out/idle")"
printf '/healthz under %2d PDFs  %s\n' "$workers" "$(stats <"$out/busy")"
cat "$out"/worker* | sort | uniq -c | awk -v s="$seconds" '{ printf "draft PDFs answered %s: %d (%.1f/s)\n", $2, $1, $1 / s }'
