package com.spautopia.testsupport.infra;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.spautopia.testsupport.infra.SpaInfrastructure.Mode;

/**
 * An in-process KRaft broker and an in-memory MongoDB-compatible server.
 */
final class EmbeddedInfrastructure {

	private EmbeddedInfrastructure() {
	}

	static StartedInfrastructure start() {
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
		kafka.brokerProperty("auto.create.topics.enable", "true");
		kafka.brokerProperty("offsets.topic.num.partitions", "5");
		kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
		ConsumerGroupSettings.BROKER.forEach(kafka::brokerProperty);
		kafka.afterPropertiesSet();
		MongoServer mongo = new MongoServer(new MemoryBackend());
		try {
			mongo.bind("127.0.0.1", 0);
		}
		catch (RuntimeException ex) {
			kafka.destroy();
			throw ex;
		}
		InetSocketAddress address = mongo.getLocalAddress();
		String mongoAddress = "127.0.0.1:" + address.getPort();
		String description = "Kafka " + kafka.getBrokersAsString()
				+ " KRaft in-process, MongoDB-compatible mongo-java-server " + mongoAddress;
		return new StartedInfrastructure(Mode.EMBEDDED, kafka.getBrokersAsString(),
				"mongodb://" + mongoAddress + "/test", description, () -> {
					mongo.shutdownNow();
					kafka.destroy();
				});
	}

}
