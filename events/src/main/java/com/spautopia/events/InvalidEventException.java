package com.spautopia.events;

/**
 * A message that is not a valid event of this contract: a CloudEvents attribute is
 * missing or malformed, or the data does not match its type's schema. Retrying cannot fix
 * it, so it belongs on a dead-letter topic.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message) {
		super(message);
	}

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
