package com.spautopia.ops.kafka;

/**
 * Kafka did not answer a call of the console in time, or refused it.
 */
public class KafkaUnavailableException extends RuntimeException {

	KafkaUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
