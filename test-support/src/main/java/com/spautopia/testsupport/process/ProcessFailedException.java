package com.spautopia.testsupport.process;

/**
 * A child process that could not start, stop or answer in time; the message says which
 * one, why, and where its log is.
 */
public class ProcessFailedException extends RuntimeException {

	public ProcessFailedException(String message) {
		super(message);
	}

	public ProcessFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
