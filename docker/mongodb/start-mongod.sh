#!/bin/bash
# Entry point of the mongodb service in docker-compose.yml: mongod with access control, as a one-node replica set.
# A replica set with access control needs a key file for its members' internal authentication. With one member it
# only has to exist and be private to mongod, so a fresh one is made at every start.
set -euo pipefail
keyfile=/tmp/replica-set.key
head -c 756 /dev/urandom | base64 -w 0 > "${keyfile}"
chmod 400 "${keyfile}"
chown mongodb:mongodb "${keyfile}"
exec docker-entrypoint.sh mongod --keyFile "${keyfile}" "$@"
