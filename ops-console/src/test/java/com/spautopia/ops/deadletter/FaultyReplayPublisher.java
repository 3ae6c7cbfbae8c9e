package com.spautopia.ops.deadletter;

import java.util.concurrent.atomic.AtomicReference;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.KafkaUnavailableException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The console's replay publisher with the failures a test asks for, once each: the broker
 * gets the copy but the answer comes too late for the caller (the producer kept trying
 * longer than the caller waited), or the console dies after claiming, before sending.
 */
@TestComponent
@Primary
public class FaultyReplayPublisher implements ReplayPublisher {

	private final KafkaClients kafka;

	private final AtomicReference<Fault> next = new AtomicReference<>();

	FaultyReplayPublisher(KafkaClients kafka) {
		this.kafka = kafka;
	}

	void loseNextAnswer() {
		this.next.set(Fault.ANSWER_LOST);
	}

	void crashBeforeNextSend() {
		this.next.set(Fault.CRASH);
	}

	@Override
	public RecordMetadata publish(ProducerRecord<byte[], byte[]> record) {
		Fault fault = this.next.getAndSet(null);
		if (fault == Fault.CRASH) {
			throw new ConsoleCrashed();
		}
		RecordMetadata sent = this.kafka.send(record);
		if (fault == Fault.ANSWER_LOST) {
			throw new KafkaUnavailableException("Kafka did not answer in time");
		}
		return sent;
	}

	private enum Fault {

		ANSWER_LOST, CRASH

	}

	/**
	 * The console process dying: nothing after it runs.
	 */
	static class ConsoleCrashed extends Error {

		ConsoleCrashed() {
			super("the console died");
		}

	}

}
