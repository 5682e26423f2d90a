#!/usr/bin/env bash
# The proposal PDF pipeline against other ways of printing the same HTML, on a ten-page proposal:
#   1. this app's pipeline in a harness process (bench/Configurator.Bench `documents`): warm, one long-lived
#      Chromium with pooled pages, ten at once, and the harness process's memory over DOCUMENTS documents;
#   2. this app's pipeline through the app itself (Release, own port and data folder): the builder's draft
#      PDF (GET /proposals/{id}/preview.pdf, signed in) and issuing a revision (POST /api/v1/proposals/{id}/revisions),
#      RUNS times each on a demo proposal, timed from the client;
#   3. `chromium --headless --print-to-pdf`, a cold start per document (what a naive integration does);
#   4. wkhtmltopdf (Debian package) on equal terms: no JavaScript wait (--javascript-delay 0; its default is
#      200 ms), print styles (--print-media-type), the same A4 margins (20 mm top and bottom, 17 mm left and
#      right) and a running header and footer with page X of Y, as this pipeline prints.
# Every figure is a median and p95 over RUNS runs (p95: the value below which 95% of the sorted runs lie).
# Usage: bench/documents.sh [DOCUMENTS] [RUNS] [PORT]     (defaults 1000, 30 and 5197)
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
runs=${2:-30}
port=${3:-5197}
base="http://127.0.0.1:$port"
out=$(mktemp -d)
app=""
stop() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  rm -rf "$out"
}
trap stop EXIT

stats() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "no runs"; exit } p = int(NR * 0.95 + 0.999); if (p > NR) p = NR; printf "median %s ms, p95 %s ms (n = %d)\n", a[int((NR + 1) / 2)], a[p], NR }'; }
time_ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }

dotnet build -c Release bench/Configurator.Bench -v q -nologo >/dev/null
printf 'load average\t%s (at the start; the machine is shared)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== this pipeline in the harness process (warm; memory is the harness process's, not the app's)"
dotnet run -c Release --no-build --project bench/Configurator.Bench -- documents "$out" "$documents"

chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome)

echo "== chromium --headless --print-to-pdf, cold start each time ($runs runs)"
for _ in $(seq "$runs"); do
  time_ms "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --no-pdf-header-footer --user-data-dir="$out/profile" \
    --print-to-pdf="$out/chromium.pdf" "file://$out/proposal.html"
done | stats | sed 's/^/chromium cold\t/'
printf 'chromium cold\t%s pages\n' "$(pdfinfo "$out/chromium.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"

if command -v wkhtmltopdf >/dev/null; then
  echo "== wkhtmltopdf $(wkhtmltopdf --version | awk '{ print $2 }'): no JavaScript wait, print styles, same margins, header and footer ($runs runs)"
  wk=(wkhtmltopdf -q --page-size A4 --javascript-delay 0 --print-media-type
    --margin-top 20mm --margin-bottom 20mm --margin-left 17mm --margin-right 17mm
    --header-left "Configurator" --header-right "Peak readiness proposal" --header-font-size 7 --header-spacing 5
    --footer-left "Legal footer" --footer-right "Page [page] of [topage]" --footer-font-size 7 --footer-spacing 5)
  for _ in $(seq "$runs"); do
    time_ms "${wk[@]}" "$out/proposal.html" "$out/wkhtmltopdf.pdf"
  done | stats | sed 's/^/wkhtmltopdf\t/'
  printf 'wkhtmltopdf\t%s pages\n' "$(pdfinfo "$out/wkhtmltopdf.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"
else
  echo "wkhtmltopdf is not installed (apt-get install wkhtmltopdf) — skipped"
fi

echo "== this pipeline through the app (Release, $base, $runs runs each)"
if curl -s -o /dev/null "$base/healthz"; then echo "Something already answers on $base; pick another PORT." >&2; exit 1; fi
dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
(cd src/Configurator.Web && exec env ASPNETCORE_ENVIRONMENT=Development RateLimiting__SignInPermitsPerMinute=1000 RateLimiting__DocumentsPerMinute=100000 \
  ConnectionStrings__Configurator="Data Source=$out/app.db" dotnet bin/Release/net10.0/Configurator.Web.dll --urls "$base") >"$out/app.log" 2>&1 &
app=$!
for _ in $(seq 1 1200); do curl -sf -o /dev/null "$base/healthz" && break; sleep 0.05; done
token=$(curl -sf "$base/api/v1/auth/token" -H 'content-type: application/json' -d '{"email":"presales@demo.local","password":"Demo!2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
api() { curl -sf -H "Authorization: Bearer $token" -H 'content-type: application/json' "$@"; }
# The demo proposal to print and issue: an approved one, else a draft (submitted below; with no discount past
# its limit it approves at once), else the one with the most lines. The demo's in-review proposals wait for an
# approver and cannot be issued.
id=$(api "$base/api/v1/proposals?pageSize=100" | python3 -c '
import json, sys
rows = json.load(sys.stdin)["items"]
print(max(rows, key=lambda r: (r.get("status") == "approved", r.get("status") == "draft", r.get("lineCount", 0)))["id"])')
status=$(api "$base/api/v1/proposals/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
if [ "$status" = "draft" ]; then api -X POST "$base/api/v1/proposals/$id/submit" -d '{"comment":"bench"}' >/dev/null || true; fi
# A browser session for the draft PDF, which is a page route: sign in through the form with its antiforgery token.
jar="$out/cookies"
form=$(curl -sf -c "$jar" -b "$jar" "$base/login")
anti=$(printf '%s' "$form" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -n 1)
curl -sf -o /dev/null -c "$jar" -b "$jar" "$base/login" --data-urlencode "Email=presales@demo.local" --data-urlencode "Password=Demo!2026" --data-urlencode "__RequestVerificationToken=$anti"
curl -sf -o "$out/draft.pdf" -b "$jar" "$base/proposals/$id/preview.pdf"   # warm-up: the first print starts Chromium
printf 'app draft\t%s pages, proposal %s\n' "$(pdfinfo "$out/draft.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')" "$id"
for _ in $(seq "$runs"); do
  time_ms curl -sf -o "$out/draft.pdf" -b "$jar" "$base/proposals/$id/preview.pdf"
done | stats | sed 's/^/app draft PDF\t/'
if api -X POST "$base/api/v1/proposals/$id/revisions" -d '{}' -o /dev/null; then
  for _ in $(seq "$runs"); do
    time_ms api -X POST "$base/api/v1/proposals/$id/revisions" -d '{}'
  done | stats | sed 's/^/app revision\t/'
else
  echo "app revision\tskipped: proposal $id cannot be issued ($(api "$base/api/v1/proposals/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'))"
fi
printf 'load average\t%s (at the end; the machine is shared)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'app process\tRSS %s MiB after the runs (the app, not the harness)\n' "$(( $(awk '/^VmRSS/ { print $2 }' "/proc/$app/status") / 1024 ))"
