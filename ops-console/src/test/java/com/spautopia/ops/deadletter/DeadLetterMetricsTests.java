package com.spautopia.ops.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.testsupport.infra.KafkaTestClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spa_dead_letters{topic}}: what waits on each dead-letter topic, for the "dead
 * letters present" alert; a discarded message no longer counts.
 */
@OpsConsoleTest
class DeadLetterMetricsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DeadLetterMetrics metrics;

	@Autowired
	private MeterRegistry registry;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void exposesTheDeadLettersNoOperatorHandledYetPerTopic() throws Exception {
		String dlq = this.topicPrefix + "spa.booking.events.metrics-" + UUID.randomUUID().toString().substring(0, 8)
				+ ".dlq";
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers))) {
			admin.createTopics(List.of(new NewTopic(dlq, 2, (short) 1))).all().get(10, TimeUnit.SECONDS);
		}
		try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(this.brokers)) {
			for (int i = 0; i < 3; i++) {
				producer.send(new ProducerRecord<>(dlq, 0, null, ("poison " + i).getBytes(StandardCharsets.UTF_8)))
					.get(10, TimeUnit.SECONDS);
			}
			producer.send(new ProducerRecord<>(dlq, 1, null, "poison".getBytes(StandardCharsets.UTF_8)))
				.get(10, TimeUnit.SECONDS);
		}

		this.metrics.refresh();
		assertThat(gauge(dlq)).isEqualTo(4.0);

		assertThat(this.mvc.post().uri("/api/ops/dead-letters/{dlq}/0/{offset}/discard", dlq, 1)).hasStatusOk();
		this.metrics.refresh();

		assertThat(gauge(dlq)).isEqualTo(3.0);
		assertThat(this.registry.get("spa.dead.letters").gauges()).extracting((gauge) -> gauge.getId().getTag("topic"))
			.contains(dlq);
	}

	private double gauge(String dlq) {
		return this.registry.get("spa.dead.letters").tag("topic", dlq).gauge().value();
	}

}
