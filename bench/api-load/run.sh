#!/usr/bin/env bash
# Load test of the API on loopback: builds the app and this bench in Release, then for each
# provider starts the app on a fresh database (timing first start with demo seeding), runs 32
# concurrent clients moving cases, first as fast as they can and then paced at BENCH_RATE moves/s
# (default 1000; latency counted from when each move was due), checks every acknowledged move is
# in the event log, and times reads of a board with 500 open cases.
#   bench/api-load/run.sh                 # SQLite only
#   SUJUVA_BENCH_POSTGRES="Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres" bench/api-load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Sujuva.Web -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/api-load -c Release -nologo -v q -clp:ErrorsOnly
app=src/Sujuva.Web/bin/Release/net10.0/Sujuva.Web.dll
bench=bench/api-load/bin/Release/net10.0/ApiLoad.dll
status=0
dotnet "$bench" "$app" Sqlite || status=1
if [ -n "${SUJUVA_BENCH_POSTGRES:-}" ]; then
  db="sujuva_bench_$(date +%s)"
  pg_host=$(sed -nE 's/.*Host=([^;]+).*/\1/p' <<<"$SUJUVA_BENCH_POSTGRES")
  pg_port=$(sed -nE 's/.*Port=([^;]+).*/\1/p' <<<"$SUJUVA_BENCH_POSTGRES")
  psql() { command psql -h "$pg_host" -p "${pg_port:-5432}" -U postgres -d postgres "$@"; }
  psql -qc "CREATE DATABASE $db" >/dev/null
  dotnet "$bench" "$app" Postgres "${SUJUVA_BENCH_POSTGRES/Database=postgres/Database=$db}" || status=1
  psql -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi
exit $status
