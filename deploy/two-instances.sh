#!/usr/bin/env bash
# Two Configurator instances on one PostgreSQL database, behind nginx, on this machine (README, "Running several instances").
#
#   deploy/two-instances.sh start    PostgreSQL (started when none answers), a Release build, instance A, then B, then nginx
#   deploy/two-instances.sh status   which of the processes it started still run, and what each /healthz answers
#   deploy/two-instances.sh stop     stops exactly the processes `start` wrote down (never anything found by name)
#
# Settings (environment variables, defaults in brackets):
#   STATE_DIR [/tmp/configurator-two]  build, logs, PIDs and nginx's prefix
#   PORT_A [5311]  PORT_B [5312]  PROXY_PORT [8088]  loopback ports of the two instances and of nginx
#   PGHOST [127.0.0.1]  PGPORT [5432]  DB_USER [configurator]  DB_PASSWORD [configurator]  DB_NAME [configurator]
#   DEMO_SEED [true]  seed the demo users and data into an empty database (Demo:Seed)
#   DEMO_DECIDED [false]  also the year of decided demo proposals, with their PDFs (Demo:DecidedProposals)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${STATE_DIR:-/tmp/configurator-two}"
PORT_A="${PORT_A:-5311}"
PORT_B="${PORT_B:-5312}"
PROXY_PORT="${PROXY_PORT:-8088}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
DB_USER="${DB_USER:-configurator}"
DB_PASSWORD="${DB_PASSWORD:-configurator}"
DB_NAME="${DB_NAME:-configurator}"
DEMO_SEED="${DEMO_SEED:-true}"
DEMO_DECIDED="${DEMO_DECIDED:-false}"
PG_VERSION="${PG_VERSION:-15}"

APP_DIR="$STATE_DIR/app"
PID_DIR="$STATE_DIR/pids"
LOG_DIR="$STATE_DIR/logs"
NGINX_DIR="$STATE_DIR/nginx"
CONNECTION="Host=$PGHOST;Port=$PGPORT;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASSWORD"

say() { printf '%s\n' "$*"; }
fail() { printf 'two-instances: %s\n' "$*" >&2; exit 1; }

# ---- processes this script started: NAME.pid holds the PID, NAME.what a word its command line must hold ----

record() { # record NAME PID WORD: waits until the process runs WORD (it starts as a shell and then becomes it)
    local name="$1" pid="$2" word="$3"
    for _ in $(seq 1 50); do
        tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$word" && break
        sleep 0.1
    done
    echo "$pid" > "$PID_DIR/$name.pid"
    echo "$word" > "$PID_DIR/$name.what"
}

# The PID of NAME if that process still runs and is still the one started (a PID can be reused).
running_pid() {
    local name="$1" pid
    [[ -f "$PID_DIR/$name.pid" ]] || return 1
    pid="$(cat "$PID_DIR/$name.pid")"
    [[ -d "/proc/$pid" ]] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(cat "$PID_DIR/$name.what")" || return 1
    echo "$pid"
}

stop_one() { # stop_one NAME
    local name="$1" pid
    if pid="$(running_pid "$name")"; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            [[ -d "/proc/$pid" ]] || break
            sleep 0.1
        done
        if [[ -d "/proc/$pid" ]]; then
            say "$name ($pid) did not stop in 10 s: killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        say "stopped $name ($pid)"
    fi
    rm -f "$PID_DIR/$name.pid" "$PID_DIR/$name.what"
}

# ---- PostgreSQL ----

as_postgres() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

pg_answers() { pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2; }

ensure_postgres() {
    if ! pg_answers; then
        say "No PostgreSQL answers on $PGHOST:$PGPORT: starting Debian's cluster $PG_VERSION/main"
        command -v pg_ctlcluster > /dev/null || fail "PostgreSQL is not installed: sudo apt-get install postgresql"
        if [[ "$(id -u)" == 0 ]]; then pg_ctlcluster "$PG_VERSION" main start; else sudo -n pg_ctlcluster "$PG_VERSION" main start; fi
        for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
        pg_answers || fail "PostgreSQL $PG_VERSION/main did not answer on $PGHOST:$PGPORT within 30 s (see /var/log/postgresql/)"
    fi
    if ! PGPASSWORD="$DB_PASSWORD" psql -qtAX -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -c 'select 1' > /dev/null 2>&1; then
        say "Creating the role $DB_USER (may create databases)"
        as_postgres psql -qX -p "$PGPORT" -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE \"$DB_USER\" LOGIN CREATEDB PASSWORD '$DB_PASSWORD'" \
            || fail "could not create the role $DB_USER; create it yourself: CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '...'"
    fi
    local exists
    exists="$(PGPASSWORD="$DB_PASSWORD" psql -qtAX -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres \
        -c "select 1 from pg_database where datname = '$DB_NAME'")"
    if [[ "$exists" != 1 ]]; then
        say "Creating the database $DB_NAME"
        PGPASSWORD="$DB_PASSWORD" psql -qX -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 \
            -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\"" \
            -c "ALTER DATABASE \"$DB_NAME\" SET random_page_cost = 1.1" > /dev/null
        # 1.1, not the default 4: the data sits on SSD or in memory here (README, "Running several instances").
    fi
}

# ---- the app ----

publish() {
    say "Building the app (Release) into $APP_DIR"
    dotnet publish "$ROOT/src/Configurator.Web" -c Release -o "$APP_DIR" -nologo -v quiet > "$LOG_DIR/publish.log" 2>&1 \
        || { tail -n 30 "$LOG_DIR/publish.log" >&2; fail "the build failed (log: $LOG_DIR/publish.log)"; }
}

# What every instance shares: the database (with the data-protection keys and the catalogue revision) and its settings.
# Development, because nginx speaks plain HTTP here: outside Development the app's cookies are Secure-only and a
# plain-HTTP request is sent to https:// (README, "Running several instances", for real machines behind TLS).
app_environment() {
    export ASPNETCORE_ENVIRONMENT=Development
    export Database__Provider=Postgres
    export ConnectionStrings__Configurator="$CONNECTION"
    export Demo__Seed="$DEMO_SEED"
    # Development would also print a year of decided demo proposals (half a minute of PDFs on the first start).
    export Demo__DecidedProposals="$DEMO_DECIDED"
    # nginx reaches the instances from loopback: only it may say which client and scheme a request had.
    export ForwardedHeaders__KnownProxies=127.0.0.1
    export Pdf__AllowDownload=false
}

# The app has an explicit `migrate` command once issue #20's start-up work is in; until then the first instance migrates on start.
has_migrate_command() { grep -rqs --include='*.cs' '"migrate"' "$ROOT/src/Configurator.Web"; }

migrate() {
    say "Migrating $DB_NAME once (migrate)"
    (app_environment; cd "$APP_DIR" && dotnet Configurator.Web.dll migrate) > "$LOG_DIR/migrate.log" 2>&1 \
        || { tail -n 30 "$LOG_DIR/migrate.log" >&2; fail "migrate failed (log: $LOG_DIR/migrate.log)"; }
}

start_instance() { # start_instance NAME PORT
    local name="$1" port="$2"
    (
        app_environment
        export ASPNETCORE_URLS="http://127.0.0.1:$port"
        if [[ "${MIGRATED:-}" == 1 ]]; then export Database__MigrateOnStart=false; fi
        cd "$APP_DIR"
        exec setsid dotnet Configurator.Web.dll > "$LOG_DIR/$name.log" 2>&1 < /dev/null
    ) &
    local pid=$!
    record "$name" "$pid" Configurator.Web.dll
    say "instance $name: PID $pid on http://127.0.0.1:$port (log: $LOG_DIR/$name.log)"
}

probe() { # probe URL → the HTTP status, or 000
    curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true
}

wait_ready() { # wait_ready NAME PORT SECONDS
    local name="$1" port="$2" seconds="$3" pid status path
    for _ in $(seq 1 "$seconds"); do
        pid="$(running_pid "$name")" || { tail -n 40 "$LOG_DIR/$name.log" >&2; fail "instance $name stopped while starting (log: $LOG_DIR/$name.log)"; }
        # /readyz (database, migrations, renderer) where the app has it (200 ready, 503 not yet), else /healthz
        # (an app without /readyz sends it to sign in).
        status="$(probe "http://127.0.0.1:$port/readyz")"
        path=/readyz
        if [[ "$status" != 200 && "$status" != 503 ]]; then
            status="$(probe "http://127.0.0.1:$port/healthz")"
            path=/healthz
        fi
        if [[ "$status" == 200 ]]; then
            say "instance $name ($pid) is ready ($path)"
            return 0
        fi
        sleep 1
    done
    fail "instance $name did not become ready within $seconds s (log: $LOG_DIR/$name.log)"
}

start_nginx() {
    command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]] || fail "nginx is not installed: sudo apt-get install nginx"
    local nginx
    nginx="$(command -v nginx || echo /usr/sbin/nginx)"
    mkdir -p "$NGINX_DIR/conf" "$NGINX_DIR/logs" "$NGINX_DIR/temp"
    cp "$ROOT/deploy/nginx/configurator-proxy.conf" "$NGINX_DIR/conf/"
    sed -e "s/127\.0\.0\.1:5311/127.0.0.1:$PORT_A/; s/127\.0\.0\.1:5312/127.0.0.1:$PORT_B/; s/127\.0\.0\.1:8088/127.0.0.1:$PROXY_PORT/" \
        "$ROOT/deploy/nginx/loopback.conf" > "$NGINX_DIR/conf/loopback.conf"
    "$nginx" -t -q -p "$NGINX_DIR/" -c "$NGINX_DIR/conf/loopback.conf" || fail "nginx refused its configuration ($NGINX_DIR/conf/loopback.conf)"
    setsid "$nginx" -p "$NGINX_DIR/" -c "$NGINX_DIR/conf/loopback.conf" -g 'daemon off;' > "$LOG_DIR/nginx.log" 2>&1 < /dev/null &
    local pid=$!
    record nginx "$pid" "$NGINX_DIR/conf/loopback.conf"
    for _ in $(seq 1 20); do
        [[ "$(probe "http://127.0.0.1:$PROXY_PORT/healthz")" == 200 ]] && break
        running_pid nginx > /dev/null || { cat "$NGINX_DIR/logs/error.log" >&2; fail "nginx stopped while starting"; }
        sleep 0.5
    done
    say "nginx: PID $pid on http://127.0.0.1:$PROXY_PORT (logs: $NGINX_DIR/logs/)"
}

start() {
    mkdir -p "$PID_DIR" "$LOG_DIR"
    for name in a b nginx; do
        if pid="$(running_pid "$name")"; then fail "$name is already running (PID $pid): run '$0 stop' first"; fi
    done
    ensure_postgres
    publish
    MIGRATED=0
    if has_migrate_command; then
        migrate
        MIGRATED=1
    fi
    # The first instance alone: it migrates (unless done above) and seeds an empty database; then the second.
    start_instance a "$PORT_A"
    wait_ready a "$PORT_A" 300
    start_instance b "$PORT_B"
    wait_ready b "$PORT_B" 120
    start_nginx
    say ""
    say "Open http://127.0.0.1:$PROXY_PORT (demo sign-ins as in the README, password Demo!2026 when DEMO_SEED=true)."
    say "PIDs: a=$(cat "$PID_DIR/a.pid") b=$(cat "$PID_DIR/b.pid") nginx=$(cat "$PID_DIR/nginx.pid") (in $PID_DIR); stop with: $0 stop"
}

status() {
    local name pid port
    for name in a b nginx; do
        case "$name" in a) port="$PORT_A" ;; b) port="$PORT_B" ;; nginx) port="$PROXY_PORT" ;; esac
        if pid="$(running_pid "$name")"; then
            say "$name: running, PID $pid, http://127.0.0.1:$port/healthz answers $(probe "http://127.0.0.1:$port/healthz")"
        else
            say "$name: not running"
        fi
    done
}

stop() {
    # The proxy first, so no request is sent to an instance that is going away.
    stop_one nginx
    stop_one b
    stop_one a
    say "The database $DB_NAME stays (drop it with: dropdb -h $PGHOST -U $DB_USER $DB_NAME); PostgreSQL keeps running."
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) say "usage: $0 start|stop|status"; exit 2 ;;
esac
