#!/usr/bin/env bash
# Install (if needed) and start a local PostgreSQL server for the tests; print its URL.
#
#   export MARGINALIA_TEST_PG="$(.ci/postgres.sh)"
#
# The role may create databases: the tests make a fresh database per test and drop it.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | grep -q "^${version} main"; then
    pg_createcluster "${version}" main >&2
fi
pg_ctlcluster "${version}" main start >&2 || true
for _ in $(seq 1 30); do
    pg_isready -q -h localhost && break
    sleep 1
done
role="${MARGINALIA_PG_ROLE:-marginalia}"
password="${MARGINALIA_PG_PASSWORD:-marginalia}"
su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
    CREATE ROLE ${role} LOGIN CREATEDB PASSWORD '${password}';
  END IF;
END \$\$;
-- The tests drop their per-test databases WITH (FORCE), which ends stray sessions.
GRANT pg_signal_backend TO ${role};
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'marginalia_test'\"" | grep -q 1; then
    su postgres -c "createdb -O ${role} marginalia_test" >&2
fi
echo "postgresql://${role}:${password}@localhost:5432/marginalia_test"
