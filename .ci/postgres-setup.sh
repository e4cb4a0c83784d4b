#!/usr/bin/env bash
# Optional: starts the Debian PostgreSQL cluster and creates a role for the tests, for running
# them on that server instead of the embedded one (as root). Not needed by npm test or .ci/run.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then
  echo "postgresql is not installed" >&2
  exit 1
fi
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
if ! pg_lsclusters --no-header | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='gongkai'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role gongkai login createdb password 'gongkai'\""
# Lets the tests' DROP DATABASE … WITH (FORCE) end an autovacuum worker that is in the way.
su postgres -c "psql -qc 'grant pg_signal_backend to gongkai'" >/dev/null
echo "PostgreSQL ready: TEST_POSTGRES_URL=postgres://gongkai:gongkai@127.0.0.1:5432/postgres npm test"
