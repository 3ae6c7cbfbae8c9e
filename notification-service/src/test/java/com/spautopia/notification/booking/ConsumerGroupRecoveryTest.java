package com.spautopia.notification.booking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.process.ChildProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer of this service that dies without leaving its group (kill -9) holds its
 * partitions until the broker gives up on it; the one that takes its place (the restarted
 * service, or another instance) must get them within 25 s. With the consumer settings of
 * the service's application.yml (Kafka 4's consumer group protocol, whose session the
 * broker sets: 15 s on the platform's brokers) it takes about 15-18 s; with the classic
 * protocol it took the client's session timeout, 45 s, and every binding that joined
 * meanwhile started the group's rebalance again.
 */
class ConsumerGroupRecoveryTest {

	private static final Logger log = LoggerFactory.getLogger(ConsumerGroupRecoveryTest.class);

	private static final Duration BOUND = Duration.ofSeconds(25);

	@Test
	void aConsumerTakingThePlaceOfAKilledOneGetsAllItsPartitionsWithin25Seconds() throws Exception {
		String brokers = SpaInfrastructure.shared().kafkaBootstrapServers();
		String topic = "group-recovery-" + UUID.randomUUID();
		Set<TopicPartition> partitions = createTopic(brokers, topic, 3);
		String group = "notification-service-" + UUID.randomUUID();

		// the consumer to kill runs in a process of its own: killed with SIGKILL, it
		// tells the broker nothing
		Path memberLog = Path.of("target", "group-recovery", group + ".log");
		ChildProcess member = ChildProcess.startJava("group member",
				List.of("-cp", System.getProperty("java.class.path"), Member.class.getName(), brokers, group, topic),
				Map.of(), memberLog, false);
		try {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> !member.isAlive() || Files.readString(memberLog).contains(Member.ASSIGNED));
			assertThat(member.isAlive()).as("the member to kill holds all partitions; see %s", memberLog).isTrue();
		}
		finally {
			ProcessHandle.of(member.pid()).ifPresent((process) -> {
				process.destroyForcibly();
				process.onExit().join();
			});
		}

		long start = System.nanoTime();
		try (KafkaConsumer<byte[], byte[]> restarted = consumer(brokers, group)) {
			restarted.subscribe(List.of(topic));
			boolean assigned = pollUntilAssigned(restarted, partitions, BOUND);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			log.info("The consumer in place of a killed one had all its partitions after {} ms", took.toMillis());
			assertThat(assigned)
				.as("all partitions of the killed consumer within %s (had %s after %s ms)", BOUND,
						restarted.assignment(), took.toMillis())
				.isTrue();
		}
	}

	/**
	 * A member of the group in a process of its own, polling until it is killed.
	 */
	static final class Member {

		static final String ASSIGNED = "ASSIGNED ALL PARTITIONS";

		static void main(String[] args) {
			try (KafkaConsumer<byte[], byte[]> consumer = consumer(args[0], args[1])) {
				consumer.subscribe(List.of(args[2]));
				boolean told = false;
				while (true) {
					consumer.poll(Duration.ofMillis(200));
					if (!told && consumer.assignment().size() == 3) {
						System.out.println(ASSIGNED);
						System.out.flush();
						told = true;
					}
				}
			}
		}

	}

	/**
	 * The consumer settings notification-service's bindings get from its application.yml
	 * ({@code spring.cloud.stream.kafka.binder.consumer-properties}).
	 */
	private static KafkaConsumer<byte[], byte[]> consumer(String brokers, String group) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties application = yaml.getObject();
		String prefix = "spring.cloud.stream.kafka.binder.consumer-properties.";
		Map<String, Object> settings = new HashMap<>();
		application.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith(prefix))
			.forEach((name) -> settings.put(name.substring(prefix.length()), application.getProperty(name)));
		assertThat(settings).as("the binder's consumer settings").isNotEmpty();
		settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		return new KafkaConsumer<>(settings);
	}

	private static boolean pollUntilAssigned(KafkaConsumer<byte[], byte[]> consumer, Set<TopicPartition> partitions,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			consumer.poll(Duration.ofMillis(200));
			if (consumer.assignment().containsAll(partitions)) {
				return true;
			}
		}
		return false;
	}

	private static Set<TopicPartition> createTopic(String brokers, String topic, int count)
			throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
			admin.createTopics(List.of(new NewTopic(topic, count, (short) 1))).all().get();
		}
		Set<TopicPartition> partitions = new HashSet<>();
		for (int partition = 0; partition < count; partition++) {
			partitions.add(new TopicPartition(topic, partition));
		}
		return partitions;
	}

}
