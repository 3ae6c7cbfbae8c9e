package com.spautopia.ops.lag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.testsupport.infra.KafkaTestClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsConsoleTest
class ConsumerLagTests {

	@Autowired
	private MockMvcTester mvc;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void showsTheLagKafkasConsumerGroupToolReports() throws Exception {
		String topic = this.topicPrefix + "lag-" + UUID.randomUUID();
		String group = this.topicPrefix + "lagging-" + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers))) {
			admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
		}
		try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(this.brokers)) {
			for (int partition = 0; partition < 3; partition++) {
				for (int i = 0; i < 5 + partition * 3; i++) {
					producer
						.send(new ProducerRecord<>(topic, partition, null, ("m" + i).getBytes(StandardCharsets.UTF_8)))
						.get(10, TimeUnit.SECONDS);
				}
			}
		}
		try (KafkaConsumer<byte[], byte[]> consumer = KafkaTestClients.consumer(this.brokers, group)) {
			// committed: 2 of 5 on partition 0, all 8 on partition 1, none yet of 11 on
			// partition 2
			consumer
				.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2), new TopicPartition(topic, 1),
						new OffsetAndMetadata(8), new TopicPartition(topic, 2), new OffsetAndMetadata(0)));
		}

		String body = this.mvc.get()
			.uri("/api/ops/consumer-groups/{group}", group)
			.exchange()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> partitions = JsonPath.read(body, "$.partitions");
		Map<Integer, Long> console = new HashMap<>();
		partitions.forEach((partition) -> console.put(((Number) partition.get("partition")).intValue(),
				((Number) partition.get("lag")).longValue()));

		assertThat(console).isEqualTo(Map.of(0, 3L, 1, 0L, 2, 11L)).isEqualTo(consumerGroupCommandLag(group, topic));
		assertThat(JsonPath.<Integer>read(body, "$.totalLag")).isEqualTo(14);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatusOk()
				.bodyText()
				.contains("spa_ops_consumer_lag{application=\"ops-console\",group=\"" + group
						+ "\",partition=\"2\",topic=\"" + topic + "\"} 11.0"));
	}

	/**
	 * Runs Kafka's {@code kafka-consumer-groups --describe} (ConsumerGroupCommand) in its
	 * own JVM, as an operator would, and reads the LAG column.
	 */
	private Map<Integer, Long> consumerGroupCommandLag(String group, String topic)
			throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"org.apache.kafka.tools.consumer.group.ConsumerGroupCommand", "--bootstrap-server", this.brokers,
				"--describe", "--group", group)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		Map<Integer, Long> lags = new HashMap<>();
		for (String line : output.lines().toList()) {
			String[] columns = line.trim().split("\\s+");
			// GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST
			// CLIENT-ID
			if (columns.length >= 6 && columns[0].equals(group) && columns[1].equals(topic)) {
				lags.put(Integer.parseInt(columns[2]), Long.parseLong(columns[5]));
			}
		}
		assertThat(lags).as("ConsumerGroupCommand output:%n%s", output).hasSize(3);
		return lags;
	}

}
