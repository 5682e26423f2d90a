#!/usr/bin/env bash
# Times the catalogue gaps, heatmap and coverage pages (full page and htmx part) and the catalogue-gaps API against a
# running app, after a warm-up: the median and the slowest of N requests each, in milliseconds.
#   bench/insights-gaps.sh [BASE_URL] [N]   (default http://127.0.0.1:5080, 10); signs in as product@demo.local.
set -euo pipefail
base=${1:-http://127.0.0.1:5080}
n=${2:-10}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=product@demo.local" --data-urlencode 'Password=Demo!2026' \
  --data-urlencode "__RequestVerificationToken=$token" "$base/login"
bearer=$(curl -s -X POST "$base/api/v1/auth/token" -H 'content-type: application/json' -d '{"email":"product@demo.local","password":"Demo!2026"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
time_of() { # label, curl args…
  local label=$1; shift
  curl -s -o /dev/null "$@" # warm-up
  local times=()
  for _ in $(seq "$n"); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END { printf "%-48s median %6.1f ms  max %6.1f ms\n", label, t[int((NR + 1) / 2)], t[NR] }'
}
for q in "period=all" "period=12m" "period=90d&region=Nordics"; do
  time_of "/insights/gaps?$q" -b "$jar" "$base/insights/gaps?$q"
  time_of "/insights/gaps?$q&sort=impact (htmx)" -b "$jar" -H 'HX-Request: true' "$base/insights/gaps?$q&sort=impact"
  time_of "/insights/gaps.csv?$q" -b "$jar" "$base/insights/gaps.csv?$q"
  time_of "/insights/heatmap?$q" -b "$jar" "$base/insights/heatmap?$q"
  time_of "/insights/heatmap?$q&axis=region (htmx)" -b "$jar" -H 'HX-Request: true' "$base/insights/heatmap?$q&axis=region"
  time_of "/insights/coverage?$q" -b "$jar" "$base/insights/coverage?$q"
  time_of "/api/v1/insights/catalogue-gaps?$q" -H "Authorization: Bearer $bearer" "$base/api/v1/insights/catalogue-gaps?$q"
done
