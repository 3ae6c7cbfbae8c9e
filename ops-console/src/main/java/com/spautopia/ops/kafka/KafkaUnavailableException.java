package com.spautopia.ops.kafka;

/**
 * Kafka did not answer a call of the console in time, or refused it.
 */
public class KafkaUnavailableException extends RuntimeException {

	public KafkaUnavailableException(String message) {
		super(message);
	}

	KafkaUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
