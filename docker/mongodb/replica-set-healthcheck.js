// Healthcheck of the mongodb service in docker-compose.yml (run with mongosh every few seconds).
// The first runs initiate the one-node replica set rs0 (idempotent: only when it has no configuration yet);
// the check passes once this node is the writable primary, so the services start against a ready database.
try {
  rs.status();
} catch (e) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongodb:27017' }] });
}
if (!db.hello().isWritablePrimary) {
  quit(1);
}
