package com.spautopia.testsupport.infra;

/**
 * A running broker and database, and how to stop them.
 *
 * @param mode where they come from
 * @param kafkaBootstrapServers the Kafka bootstrap servers
 * @param mongoUri a MongoDB connection string (any database)
 * @param description a human-readable description for the start-up log line
 * @param stopper stops what was started
 */
record StartedInfrastructure(SpaInfrastructure.Mode mode, String kafkaBootstrapServers, String mongoUri,
		String description, AutoCloseable stopper) {

}
