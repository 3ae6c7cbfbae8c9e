package com.spautopia.testsupport.infra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

@SpaInfrastructureTest
class EmbeddedInfrastructureTests {

	private final SpaInfrastructure infrastructure = SpaInfrastructure.shared();

	@Test
	void startsEmbeddedWithoutEnvironmentOrDocker() {
		assumeThat(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).isNull();
		assumeThat(DockerClientFactory.instance().isDockerAvailable()).isFalse();
		assertThat(this.infrastructure.mode()).isEqualTo(SpaInfrastructure.Mode.EMBEDDED);
		assertThat(SpaInfrastructure.shared()).isSameAs(this.infrastructure);
	}

	@Test
	void recordProducedToTheBrokerIsConsumedBack() throws Exception {
		String topic = "t" + UUID.randomUUID() + ".roundtrip";
		try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients
			.producer(this.infrastructure.kafkaBootstrapServers())) {
			producer.send(new ProducerRecord<>(topic, bytes("booking-1"), bytes("hello"))).get();
		}
		List<ConsumerRecord<byte[], byte[]>> records = KafkaTestClients.readRecords(
				this.infrastructure.kafkaBootstrapServers(), topic, (read) -> !read.isEmpty(), Duration.ofSeconds(20));
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("booking-1");
			assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("hello");
		});
	}

	@Test
	void documentWrittenThroughTheDriverIsReadBack() {
		String uri = this.infrastructure.mongoUri("roundtrip-" + UUID.randomUUID());
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> collection = client.getDatabase(databaseOf(uri)).getCollection("bookings");
			collection.insertOne(new Document("_id", "b-1").append("treatment", "Swedish massage"));
			Document found = collection.find(Filters.eq("_id", "b-1")).first();
			assertThat(found).isNotNull();
			assertThat(found.getString("treatment")).isEqualTo("Swedish massage");
		}
	}

	private static String databaseOf(String uri) {
		String path = uri.substring(uri.indexOf('/', uri.indexOf("://") + 3) + 1);
		return (path.indexOf('?') < 0) ? path : path.substring(0, path.indexOf('?'));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
