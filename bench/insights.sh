#!/usr/bin/env bash
# Times each role's home, the insights pages and the insights API on the volume data set (issue #19: under 150 ms).
#   bench/insights.sh [RUNS] [PORT] [DATA_FOLDER]     (defaults 30, 5204, a fresh folder seeded with `seed --accounts 2000`)
# Builds Release; seeds a fresh data folder (demo users and catalogue, then the volume seed with its proposals) unless
# DATA_FOLDER already holds app.db, which is then reused as it is. Starts the app on 127.0.0.1:PORT, signs in as each
# demo role, and after three warm-up requests times RUNS requests (curl) per URL: one line per URL with median and p95,
# or the status when it does not answer 200. Stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
port=${2:-5204}
data=${3:-}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
if [[ -z "$data" ]]; then data="$work/data"; fi
mkdir -p "$data"
db="$data/app.db"

dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
# Run from the project folder, as `dotnet run` does, so appsettings and wwwroot are found. Demo proposals off: the
# volume seed makes the proposals, and no PDF is printed at start.
run() {
  (cd src/Configurator.Web && exec env ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Configurator="Data Source=$db" \
    Demo__Seed=true Demo__Proposals=false RateLimiting__SignInPermitsPerMinute=100 dotnet bin/Release/net10.0/Configurator.Web.dll "$@")
}
if [[ ! -f "$db" ]]; then
  start=$(date +%s.%N)
  run seed --accounts 2000 | tee "$work/seed.log"
  printf 'volume seed (migrate, demo users and catalogue, 2,000 accounts with proposals): %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
fi

run --urls "$base" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
  curl -sf -o /dev/null "$base/healthz" && break
  sleep 0.05
done

signin() {
  local jar="$work/$1.jar" form
  form=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="__RequestVerificationToken" [^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=Demo!2026" \
    --data-urlencode "__RequestVerificationToken=$form" "$base/login"
}
bearer() {
  curl -s -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"Demo!2026\"}" "$base/api/v1/auth/token" | jq -r .accessToken
}

# time LABEL CURL-ARGS…: three warm-up requests, then RUNS timed; prints median and p95 in ms, or the status.
time_url() {
  local label=$1 status
  shift
  for _ in 1 2 3; do status=$(curl -s -o /dev/null -w '%{http_code}' "$@"); done
  if [[ "$status" != 200 ]]; then
    printf '%-58s %s\n' "$label" "status $status"
    return
  fi
  for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | awk '{ print $1 * 1000 }' | sort -n |
    awk -v label="$label" '{ a[NR] = $1 } END { printf "%-58s median %6.1f ms  p95 %6.1f ms  (n %d)\n", label, a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.5)], NR }'
}

roles=(rep@demo.local presales@demo.local approver@demo.local product@demo.local admin@demo.local)
for user in "${roles[@]}"; do signin "$user"; done
printf 'proposals: %s, revisions: %s, pain points: %s\n' \
  "$(sqlite3 "$db" 'select count(*) from Proposals' 2>/dev/null || echo '?')" \
  "$(sqlite3 "$db" 'select count(*) from ProposalRevisions' 2>/dev/null || echo '?')" \
  "$(sqlite3 "$db" 'select count(*) from PainPoints' 2>/dev/null || echo '?')"

for user in "${roles[@]}"; do
  time_url "/ (home) as $user" -b "$work/$user.jar" "$base/"
done
# The product manager sees the whole company (the heaviest query); a rep only their own deals.
for user in product@demo.local rep@demo.local; do
  for page in /insights /insights/gaps /insights/heatmap /insights/coverage /insights/outcomes /insights/innovations; do
    time_url "$page as $user" -b "$work/$user.jar" "$base$page"
  done
done
for user in product@demo.local rep@demo.local; do
  token=$(bearer "$user")
  for api in /api/v1/insights/catalogue-gaps /api/v1/insights/differentiation-outcomes; do
    time_url "$api as $user" -H "Authorization: Bearer $token" "$base$api"
  done
done
