package com.spautopia.localstack;

import java.util.Collection;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Adds the last lines of every service log to a failure, so a failed system test says
 * what the services did.
 */
final class ServiceLogsOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

	private static final int LINES = 40;

	private final Supplier<Collection<ServiceProcess>> services;

	ServiceLogsOnFailure(Supplier<Collection<ServiceProcess>> services) {
		this.services = services;
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		throw withLogs(failure);
	}

	@Override
	public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		throw withLogs(failure);
	}

	private Throwable withLogs(Throwable failure) {
		Collection<ServiceProcess> running = this.services.get();
		if (running.isEmpty()) {
			return failure;
		}
		StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
		for (ServiceProcess service : running) {
			message.append(System.lineSeparator())
				.append(System.lineSeparator())
				.append("--- last lines of ")
				.append(service.logFile())
				.append(" ---")
				.append(System.lineSeparator())
				.append(service.logTail(LINES));
		}
		return new AssertionError(message.toString(), failure);
	}

}
