// Runs once, when the mongodb service's data volume is new (/docker-entrypoint-initdb.d, as the root user):
// creates the user the services connect as (MONGO_SPA_PASSWORD), allowed to read and write their own databases
// and nothing else. The root user (MONGO_ROOT_PASSWORD) is for the healthcheck and for operators.
db.getSiblingDB('admin').createUser({
  user: 'spa',
  pwd: process.env.MONGO_SPA_PASSWORD,
  roles: ['spa-booking', 'spa-notification', 'spa-promotion', 'spa-ops'].map((name) => ({ role: 'readWrite', db: name })),
});
