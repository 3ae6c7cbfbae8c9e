package com.spautopia.testsupport.infra;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

import com.spautopia.testsupport.infra.SpaInfrastructure.Mode;

/**
 * Real Kafka (KRaft) and MongoDB (one-node replica set) containers.
 */
final class ContainerInfrastructure {

	static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

	static final String MONGODB_IMAGE = "mongo:8.0";

	private ContainerInfrastructure() {
	}

	static StartedInfrastructure start() {
		KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE).withEnv(ConsumerGroupSettings.containerEnvironment());
		MongoDBContainer mongo = new MongoDBContainer(MONGODB_IMAGE).withReplicaSet();
		Startables.deepStart(kafka, mongo).join();
		String description = "Kafka " + KAFKA_IMAGE + " at " + kafka.getBootstrapServers() + ", MongoDB "
				+ MONGODB_IMAGE + " replica set at " + mongo.getReplicaSetUrl();
		return new StartedInfrastructure(Mode.TESTCONTAINERS, kafka.getBootstrapServers(),
				mongo.getReplicaSetUrl("test"), description, () -> {
					kafka.stop();
					mongo.stop();
				});
	}

}
