#!/usr/bin/env bash
# Measures what the foundation promises: time from start to a healthy app on an empty data folder,
# sign-in latency, and the time to print the sample PDF once Chromium is warm.
#   bench/foundation.sh [PORT] [PDF_RUNS]
# Builds Release first; talks only to 127.0.0.1; stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5199}
runs=${2:-20}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
jar="$work/cookies.txt"

dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
start=$(date +%s.%N)
# Run from the project folder, as `dotnet run` does, so appsettings and wwwroot are found.
(cd src/Configurator.Web && exec env ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Configurator="Data Source=$work/app.db" \
  dotnet bin/Release/net10.0/Configurator.Web.dll --urls "$base") >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$base/healthz" && break
  sleep 0.05
done
ready=$(date +%s.%N)
printf 'start to healthy on an empty data folder: %.2f s\n' "$(echo "$ready - $start" | bc)"

token() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="__RequestVerificationToken" [^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
t=$(token /login)
curl -s -c "$jar" -b "$jar" -o /dev/null -w 'sign-in (password hash + redirect): %{time_total} s\n' \
  --data-urlencode "Email=admin@demo.local" --data-urlencode "Password=Demo!2026" --data-urlencode "__RequestVerificationToken=$t" "$base/login"

t=$(token /admin/pdf)
curl -s -c "$jar" -b "$jar" -o "$work/first.pdf" -w 'first sample PDF (browser may still be starting): %{time_total} s\n' \
  --data-urlencode "__RequestVerificationToken=$t" "$base/admin/pdf/sample.pdf"
times=()
for _ in $(seq 1 "$runs"); do
  times+=("$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{time_total}' --data-urlencode "__RequestVerificationToken=$t" "$base/admin/pdf/sample.pdf")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{a[NR]=$1} END {printf "warm sample PDF (2 pages) over %d runs: median %.3f s, max %.3f s\n", n, a[int((n+1)/2)], a[n]}'
printf 'app memory after the runs (RSS): %s MiB\n' "$(( $(ps -o rss= -p $app) / 1024 ))"
