package com.spautopia.testsupport.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/**
 * The broker settings of the consumer group protocol (KIP-848) that every broker of the
 * platform runs with: the tests' embedded broker, the local run's broker process, the
 * Testcontainers broker and docker-compose's (which the compose test compares with
 * these). A member that dies without leaving (kill -9) keeps its partitions until its
 * session times out; Kafka's default is 45 s, here it is 15 s, so a killed instance's
 * work moves to the others, or to its restarted self, within about 18 s. Members
 * heartbeat every second (Kafka's default is 5 s): kafka-clients 4.1's consumer for this
 * protocol fetches from a quiet topic at about its heartbeat's pace (KAFKA-20780), which
 * put 2 s on one hop of a booking's confirmation with heartbeats every 3 s
 * ({@code ConfirmationLatencyBenchmark}: p50 2.5 s from the booking form to the SMS, 0.5
 * s with heartbeats every second).
 */
public final class ConsumerGroupSettings {

	/**
	 * The settings, as {@code server.properties} names them.
	 */
	public static final SequencedMap<String, String> BROKER = settings();

	private ConsumerGroupSettings() {
	}

	/**
	 * The settings as lines of {@code server.properties}.
	 * @return one {@code name=value} line per setting
	 */
	public static String serverProperties() {
		return BROKER.entrySet()
			.stream()
			.map((setting) -> setting.getKey() + "=" + setting.getValue() + "\n")
			.collect(Collectors.joining());
	}

	/**
	 * The settings as the environment variables of the {@code apache/kafka} image
	 * ({@code group.consumer.session.timeout.ms} is
	 * {@code KAFKA_GROUP_CONSUMER_SESSION_TIMEOUT_MS}).
	 * @return the variables and their values
	 */
	public static Map<String, String> containerEnvironment() {
		return BROKER.entrySet()
			.stream()
			.collect(Collectors.toMap(
					(setting) -> "KAFKA_" + setting.getKey().replace('.', '_').toUpperCase(Locale.ROOT),
					Map.Entry::getValue));
	}

	private static SequencedMap<String, String> settings() {
		SequencedMap<String, String> settings = new LinkedHashMap<>();
		settings.put("group.coordinator.rebalance.protocols", "classic,consumer");
		settings.put("group.consumer.session.timeout.ms", "15000");
		settings.put("group.consumer.min.session.timeout.ms", "10000");
		settings.put("group.consumer.heartbeat.interval.ms", "1000");
		settings.put("group.consumer.min.heartbeat.interval.ms", "1000");
		return Collections.unmodifiableSequencedMap(settings);
	}

}
