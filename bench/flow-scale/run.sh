#!/usr/bin/env bash
# Dashboard timings on a 100,000-client demo network (about 5 million events), on SQLite and PostgreSQL.
# The first run seeds each database (minutes); later runs reuse it, so the figures are repeatable.
#   bench/flow-scale/run.sh                    # SQLite in $BENCH_DATA (default ~/.cache/sujuva-flow-scale-100000)
#   SUJUVA_BENCH_POSTGRES="Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres" bench/flow-scale/run.sh
#   bench/flow-scale/run.sh --fresh            # drop both databases first and seed again
#   bench/flow-scale/run.sh --drop             # only drop both databases
# BENCH_DB names the PostgreSQL database (default sujuva_flow_scale_<clients>), e.g. to keep one's own on a shared server.
set -euo pipefail
cd "$(dirname "$0")/../.."
size="${BENCH_CLIENTS:-100000}$([ "${BENCH_MONTHS:-12}" = 12 ] || echo "_${BENCH_MONTHS}m")"
data="${BENCH_DATA:-$HOME/.cache/sujuva-flow-scale-$size}"
db="${BENCH_DB:-sujuva_flow_scale_$size}"
pg() {
  local host port
  host=$(sed -nE 's/.*Host=([^;]+).*/\1/p' <<<"$SUJUVA_BENCH_POSTGRES")
  port=$(sed -nE 's/.*Port=([^;]+).*/\1/p' <<<"$SUJUVA_BENCH_POSTGRES")
  command psql -h "$host" -p "${port:-5432}" -U postgres -d "${2:-postgres}" -qtAc "$1"
}
if [ "${1:-}" = --fresh ] || [ "${1:-}" = --drop ]; then
  rm -rf "$data"
  if [ -n "${SUJUVA_BENCH_POSTGRES:-}" ]; then pg "DROP DATABASE IF EXISTS $db WITH (FORCE)"; fi
  if [ "$1" = --drop ]; then exit 0; fi
fi
mkdir -p "$data"
dotnet build src/Sujuva.Web -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/flow-scale -c Release -nologo -v q -clp:ErrorsOnly
app=src/Sujuva.Web/bin/Release/net10.0/Sujuva.Web.dll
bench=bench/flow-scale/bin/Release/net10.0/FlowScale.dll
sqlite="$data/sujuva.db"
dotnet "$bench" "$app" Sqlite "Data Source=$sqlite"
echo "  events in the SQLite log: $(sqlite3 "$sqlite" 'SELECT count(*) FROM "Events"' 2>/dev/null || echo '(sqlite3 not installed)')"
if [ -n "${SUJUVA_BENCH_POSTGRES:-}" ]; then
  [ "$(pg "SELECT 1 FROM pg_database WHERE datname = '$db'")" = 1 ] || pg "CREATE DATABASE $db"
  dotnet "$bench" "$app" Postgres "${SUJUVA_BENCH_POSTGRES/Database=postgres/Database=$db}"
  echo "  events in the PostgreSQL log: $(pg 'SELECT count(*) FROM "Events"' "$db")"
fi
