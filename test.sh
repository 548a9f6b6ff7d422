#!/usr/bin/env bash
# Runs every test: installs what the tests need (apt-get), starts a throwaway
# PostgreSQL on 127.0.0.1, runs the solution's tests on SQLite and PostgreSQL,
# then the conformance suite when ../shared/data exists. Prints one closing line
# "tests: N passed, N failed, N skipped" and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "test.sh: installing ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# A throwaway PostgreSQL on loopback; the main Debian cluster can stay down.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_port=${SUJUVA_TEST_PG_PORT:-55432}
pg_tmp=$(mktemp -d)
cleanup() {
  as_root runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m fast -w stop >/dev/null 2>&1 || true
  as_root rm -rf "$pg_tmp"
}
trap cleanup EXIT
as_root chown postgres: "$pg_tmp"
as_root runuser -u postgres -- "$pg_bin/initdb" -D "$pg_tmp/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_root runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_tmp -c fsync=off -c max_connections=300" start >/dev/null
export SUJUVA_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

dotnet tool restore >/dev/null
dotnet build Sujuva.slnx -c Release -nologo -v q -clp:ErrorsOnly

passed=0 failed=0 skipped=0 status=0
failures=$(mktemp)
run_tests() {  # $1: what to test (solution or project); the rest are extra arguments
  local what=$1; shift
  local out; out=$(mktemp)
  set +e
  dotnet test --no-build -c Release "$what" "$@" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" = 0 ] || status=1
  local t f s
  t=$(grep -E '^\s*succeeded:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  f=$(grep -E '^\s*failed:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  s=$(grep -E '^\s*skipped:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  passed=$((passed + t)) failed=$((failed + f)) skipped=$((skipped + s))
  # Each failed test's name and first lines of its message, repeated at the end where a CI log's tail shows them.
  grep -E -A 6 '^\s*failed [^:]' "$out" | grep -vE 'failed with [0-9]+ error' >>"$failures" || true
  rm -f "$out"
}

# One test project at a time: browser tests keep their timing when the database tests are not
# competing for the two cores.
run_tests --solution Sujuva.slnx --max-parallel-test-modules 1

shared_logs="$root/../shared/data/eventlogs"
if [ -d "$shared_logs" ]; then
  echo "test.sh: conformance suite against $shared_logs"
  export SUJUVA_EVENTLOGS="$shared_logs"
  dotnet build tests/Sujuva.Conformance.Tests -c Release -nologo -v q -clp:ErrorsOnly
  run_tests --project tests/Sujuva.Conformance.Tests
fi

# Benchmarks smoke run: every benchmark once, in-process, so a broken benchmark fails CI.
echo "test.sh: benchmark smoke run (--job dry)"
bench_log="$root/bench-smoke.log"
if ! dotnet run -c Release --no-build --project bench/Sujuva.Benchmarks -- --filter '*' --job dry --inProcess >"$bench_log" 2>&1 \
    || grep -q 'Exception' "$bench_log" || ! grep -qE 'executed benchmarks: [1-9]' "$bench_log"; then
  echo "test.sh: the benchmark smoke run failed; see $bench_log"
  status=1
fi

if [ -s "$failures" ]; then echo "test.sh: failed tests"; cat "$failures"; fi
rm -f "$failures"
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] || status=1
exit $status
