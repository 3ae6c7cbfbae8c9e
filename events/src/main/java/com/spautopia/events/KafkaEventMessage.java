package com.spautopia.events;

import java.util.Map;

/**
 * An event as a Kafka record in CloudEvents binary mode: the {@code ce_*} and
 * {@code content-type} headers, the JSON data as the value and the aggregate id as the
 * key.
 *
 * @param topic the topic to publish to
 * @param key the record key (the aggregate id)
 * @param headers the record headers
 * @param payload the JSON data
 */
public record KafkaEventMessage(String topic, String key, Map<String, byte[]> headers, byte[] payload) {

	public KafkaEventMessage {
		headers = Map.copyOf(headers);
	}

}
