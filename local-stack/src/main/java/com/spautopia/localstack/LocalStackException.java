package com.spautopia.localstack;

/**
 * A failure the person starting the platform can act on; its message says what went wrong
 * and what to do.
 */
public class LocalStackException extends RuntimeException {

	public LocalStackException(String message) {
		super(message);
	}

	public LocalStackException(String message, Throwable cause) {
		super(message, cause);
	}

}
