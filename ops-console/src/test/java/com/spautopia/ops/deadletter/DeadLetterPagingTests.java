package com.spautopia.ops.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dead-letter topic with more messages than one page of the list: every unhandled one
 * is listed, page after page, and "replay all" reaches every one.
 */
@OpsConsoleTest
class DeadLetterPagingTests {

	private static final int MESSAGES = 520;

	private static final int DISCARDED = 10;

	@Autowired
	private MockMvcTester mvc;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void listsAndReplaysEveryDeadLetterBeyondTheFirstPage() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String dlq = this.topicPrefix + "spa.booking.events.paging-" + run + ".dlq";
		String original = this.topicPrefix + "paging-" + run + ".original";
		createTopics(new NewTopic(dlq, 3, (short) 1), new NewTopic(original, 1, (short) 1));
		List<String> eventIds = deadLetter(dlq, original);
		for (int offset = 0; offset < DISCARDED; offset++) {
			assertThat(this.mvc.post().uri("/api/ops/dead-letters/{dlq}/0/{offset}/discard", dlq, offset))
				.hasStatusOk();
		}
		List<String> unhandled = eventIds.subList(DISCARDED * 3, eventIds.size());

		List<String> listed = listAll(dlq);

		assertThat(listed).hasSize(MESSAGES - DISCARDED)
			.contains(eventIds.getLast())
			.containsAll(unhandled)
			.doesNotHaveDuplicates();

		String replayed = this.mvc.post()
			.uri("/api/ops/dead-letters/{dlq}/replay", dlq)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(replayed, "$[*].outcome")).hasSize(MESSAGES - DISCARDED)
			.containsOnly("REPLAYED");
		assertThat(recordsOn(original)).isEqualTo(MESSAGES - DISCARDED);
		assertThat(listAll(dlq)).isEmpty();
	}

	/**
	 * Follows the list's {@code Link: <...>; rel="next"} headers from the first page.
	 */
	private List<String> listAll(String dlq) throws Exception {
		List<String> eventIds = new ArrayList<>();
		String next = "/api/ops/dead-letters/" + dlq;
		for (int pages = 0; next != null && pages < 100; pages++) {
			MockHttpServletResponse response = this.mvc.get().uri(next).exchange().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			eventIds.addAll(JsonPath.read(response.getContentAsString(), "$[*].eventId"));
			next = nextPage(response.getHeader("Link"));
		}
		return eventIds;
	}

	private static @Nullable String nextPage(@Nullable String link) {
		if (link == null || !link.contains("rel=\"next\"")) {
			return null;
		}
		return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
	}

	/**
	 * Writes the dead letters as the binder would, spread over the partitions: three
	 * partitions, the first {@code DISCARDED} offsets of each first. One at a time: the
	 * topic is new, and batches in flight while its leadership settles could be refused
	 * out of sequence by the broker.
	 */
	private List<String> deadLetter(String dlq, String original) throws Exception {
		List<String> eventIds = new ArrayList<>();
		try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(this.brokers)) {
			for (int i = 0; i < MESSAGES; i++) {
				String eventId = "event-" + i + "-" + UUID.randomUUID();
				eventIds.add(eventId);
				ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(dlq, i % 3, bytes("key-" + i), bytes("{}"),
						List.of(new RecordHeader("x-original-topic", bytes(original)),
								new RecordHeader("ce_id", bytes(eventId)), new RecordHeader("ce_type", bytes("test"))));
				producer.send(record).get(30, TimeUnit.SECONDS);
			}
		}
		return eventIds;
	}

	private long recordsOn(String topic) throws Exception {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			latest.put(new TopicPartition(topic, 0), OffsetSpec.latest());
			return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().iterator().next().offset();
		}
	}

	private void createTopics(NewTopic... topics) throws Exception {
		try (Admin admin = admin()) {
			admin.createTopics(List.of(topics)).all().get(10, TimeUnit.SECONDS);
		}
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
