package com.spautopia.ops.deadletter;

import com.spautopia.ops.kafka.KafkaClients;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.springframework.stereotype.Component;

/**
 * Publishes replays with the console's idempotent producer.
 */
@Component
class KafkaReplayPublisher implements ReplayPublisher {

	private final KafkaClients kafka;

	KafkaReplayPublisher(KafkaClients kafka) {
		this.kafka = kafka;
	}

	@Override
	public RecordMetadata publish(ProducerRecord<byte[], byte[]> record) {
		return this.kafka.send(record);
	}

}
