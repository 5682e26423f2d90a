#!/usr/bin/env bash
# The proposal PDF pipeline against other ways of printing the same HTML, on a ten-page proposal:
#   1. this app's pipeline, warm (one long-lived Chromium, pooled pages), plus ten at once and memory
#      over DOCUMENTS documents (bench/Configurator.Bench `documents`);
#   2. `chromium --headless --print-to-pdf`, a cold start per document (what a naive integration does);
#   3. wkhtmltopdf (Debian package; the engine a popular open-source suite prints quotations with).
# Usage: bench/documents.sh [DOCUMENTS] [RUNS]     (defaults 1000 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
runs=${2:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build -c Release bench/Configurator.Bench -v q -nologo >/dev/null
echo "== this pipeline (warm)"
dotnet run -c Release --no-build --project bench/Configurator.Bench -- documents "$out" "$documents"

chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(((end - start) / 1000000)); }

echo "== chromium --headless --print-to-pdf, cold start each time ($runs runs)"
for _ in $(seq "$runs"); do
  time_ms "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --no-pdf-header-footer --user-data-dir="$out/profile" \
    --print-to-pdf="$out/chromium.pdf" "file://$out/proposal.html"
done | median | xargs printf 'chromium cold\tmedian %s ms\n'
printf 'chromium cold\t%s pages\n' "$(pdfinfo "$out/chromium.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"

if command -v wkhtmltopdf >/dev/null; then
  echo "== wkhtmltopdf ($runs runs)"
  for _ in $(seq "$runs"); do
    time_ms wkhtmltopdf -q --page-size A4 "$out/proposal.html" "$out/wkhtmltopdf.pdf"
  done | median | xargs printf 'wkhtmltopdf\tmedian %s ms\n'
  printf 'wkhtmltopdf\t%s pages\n' "$(pdfinfo "$out/wkhtmltopdf.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')"
else
  echo "wkhtmltopdf is not installed (apt-get install wkhtmltopdf) — skipped"
fi
