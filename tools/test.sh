#!/usr/bin/env bash
# Every test: the whole suite on SQLite (the embedded default), then the data-layer and HTTP tests again on PostgreSQL.
#   tools/test.sh [extra dotnet test arguments for both passes]
# PostgreSQL is reached at CONFIGURATOR_TEST_POSTGRES (default: the loopback server .ci/run sets up, role configurator
# with password configurator, allowed to create databases); each app under test makes and drops a database of its own.
# Without a server the PostgreSQL pass is reported as not run, with the reason; in CI (CI=true) it fails instead.
# Browser journeys, tests that need SQLite's own file and tests that need PostgreSQL whatever the pass ([PostgresFact],
# trait Database=Postgres) run in the first pass only.
set -uo pipefail
cd "$(dirname "$0")/.."

dotnet test "$@"
sqlite=$?

server=${CONFIGURATOR_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=configurator;Password=configurator;Database=postgres}
host=$(sed -n 's/.*Host=\([^;]*\).*/\1/Ip' <<<"$server"); host=${host:-127.0.0.1}
port=$(sed -n 's/.*Port=\([^;]*\).*/\1/Ip' <<<"$server"); port=${port:-5432}
if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
  echo
  if [ "${CI:-}" = "true" ]; then
    echo "FAILED: the PostgreSQL pass cannot run: nothing answers at $host:$port (CONFIGURATOR_TEST_POSTGRES). .ci/run starts a server; see README, \"Test it\"." >&2
    exit 1
  fi
  echo "NOT RUN: the PostgreSQL pass (no server answers at $host:$port). Start one and set CONFIGURATOR_TEST_POSTGRES (README, \"Test it\"), or run .ci/run."
  exit "$sqlite"
fi

echo
echo "The data-layer and HTTP tests again, on PostgreSQL at $host:$port:"
CONFIGURATOR_TEST_DATABASE=postgres dotnet test tests/Configurator.Web.Tests \
  --filter "FullyQualifiedName!~Configurator.Web.Tests.Browser&Database!=Sqlite&Database!=Postgres" "$@"
postgres=$?
[ "$sqlite" -eq 0 ] && [ "$postgres" -eq 0 ]
