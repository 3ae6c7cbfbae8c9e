package com.spautopia.ops.deadletter;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes a replayed message and waits until the broker has it.
 */
interface ReplayPublisher {

	/**
	 * Publishes a record.
	 * @param record the record
	 * @return where it landed
	 * @throws com.spautopia.ops.kafka.KafkaUnavailableException when no answer came in
	 * time: the record may still land
	 */
	RecordMetadata publish(ProducerRecord<byte[], byte[]> record);

}
