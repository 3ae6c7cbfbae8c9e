// Healthcheck of the mongodb service in docker-compose.yml (run with mongosh every few seconds).
// Signs in as the root user (from the container's environment, so no password is on a command line); the first
// runs initiate the one-node replica set rs0 (idempotent: only when it has no configuration yet); the check passes
// once this node is the writable primary, so the services start against a ready database.
db.getSiblingDB('admin').auth(process.env.MONGO_INITDB_ROOT_USERNAME, process.env.MONGO_INITDB_ROOT_PASSWORD);
try {
  rs.status();
} catch (e) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongodb:27017' }] });
}
if (!db.hello().isWritablePrimary) {
  quit(1);
}
