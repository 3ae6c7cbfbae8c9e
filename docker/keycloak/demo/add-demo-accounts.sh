#!/bin/bash
# The compose profile `demo` only: adds the demo clients (staff-demo, marketing-demo, operator-demo) and people
# (staff, marketing, operator), whose secrets and passwords are known to anyone who reads this repository, to the
# realm spa-utopia of the running Keycloak. Never start the demo profile where the platform is reachable by others.
# Idempotent: what exists already is skipped.
set -euo pipefail
kcadm=/opt/keycloak/bin/kcadm.sh
"${kcadm}" config credentials --server http://keycloak:8080 --realm master --user admin \
  --password "${KEYCLOAK_ADMIN_PASSWORD}"
"${kcadm}" create partialImport -r spa-utopia -s ifResourceExists=SKIP -o \
  -f /docker/keycloak/demo/spa-utopia-demo-accounts.json
for role in staff marketing operator; do
  "${kcadm}" add-roles -r spa-utopia --uusername "service-account-${role}-demo" --rolename "${role}"
done
echo "Demo accounts added to realm spa-utopia"
