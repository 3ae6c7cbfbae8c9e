package com.spautopia.localstack;

import com.spautopia.testsupport.process.ChildProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Spring Boot service running from its fat jar as a child process: start it with its
 * environment, wait until its health endpoint says UP, stop it.
 */
public final class ServiceProcess {

	private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

	private static final int TAIL_LINES = 25;

	private final ChildProcess process;

	private final int port;

	private final HealthProbe health;

	private ServiceProcess(ChildProcess process, int port) {
		this.process = process;
		this.port = port;
		this.health = new HealthProbe(URI.create(baseUrl() + "/actuator/health"));
	}

	/**
	 * Starts {@code java -jar <jar>} with the given environment.
	 * @param name the service name, e.g. "booking-service"
	 * @param jar the service's fat jar
	 * @param port the HTTP port the environment gives it
	 * @param environment its configuration as environment variables
	 * @param logFile where its output goes (replaced)
	 * @return the started service
	 * @throws LocalStackException if the jar does not exist
	 */
	public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logFile) {
		return start(name, jar, port, List.of(), environment, logFile, false);
	}

	/**
	 * Starts {@code java <jvmOptions> -jar <jar>} with the given environment.
	 * @param name the service name, e.g. "booking-service"
	 * @param jar the service's fat jar
	 * @param port the HTTP port the environment gives it
	 * @param jvmOptions options before {@code -jar}, such as a heap cap
	 * @param environment its configuration as environment variables
	 * @param logFile where its output goes
	 * @param appendToLog whether to keep what the log file holds (a restart does)
	 * @return the started service
	 * @throws LocalStackException if the jar does not exist
	 */
	public static ServiceProcess start(String name, Path jar, int port, List<String> jvmOptions,
			Map<String, String> environment, Path logFile, boolean appendToLog) {
		requireJar(name, jar);
		List<String> arguments = new ArrayList<>(jvmOptions);
		arguments.addAll(List.of("-jar", jar.toString()));
		ChildProcess process = ChildProcess.startJava(name, arguments, environment, logFile, appendToLog);
		log.info("Starting {} on port {} (pid {}), log: {}", name, port, process.pid(), logFile);
		return new ServiceProcess(process, port);
	}

	/**
	 * Fails with a message saying how to build the jar when it does not exist.
	 * @param name the service name
	 * @param jar where its fat jar should be
	 */
	public static void requireJar(String name, Path jar) {
		if (!Files.isRegularFile(jar)) {
			throw new LocalStackException(
					name + " is not built: " + jar + " is missing. Run ./mvnw -DskipTests package first.");
		}
	}

	public String name() {
		return this.process.name();
	}

	public int port() {
		return this.port;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public Path logFile() {
		return this.process.logFile();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * Waits until GET /actuator/health answers UP.
	 * @param timeout how long the service may take
	 * @throws LocalStackException naming the log file (and showing its end) if the
	 * service stops or is not UP in time
	 */
	public void awaitHealthy(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!this.health.isUp()) {
			if (!this.process.isAlive()) {
				throw failure(name() + " stopped during start-up with exit code " + this.process.exitCode());
			}
			if (Instant.now().isAfter(deadline)) {
				throw failure(name() + " did not report UP on " + this.health.uri() + " within " + timeout.toSeconds()
						+ " s");
			}
			pause();
		}
		log.info("{} is UP at {}", name(), baseUrl());
	}

	/**
	 * Runs an action if the service ends by itself later.
	 * @param action what to run, given the exit code
	 */
	public void onExit(IntConsumer action) {
		this.process.onExit(action);
	}

	/**
	 * Stops the service: SIGTERM (Spring Boot shuts down gracefully), then a kill after
	 * the grace period.
	 * @param grace how long it may take
	 */
	public void stop(Duration grace) {
		this.process.stop(grace);
	}

	public String logTail(int lines) {
		return this.process.logTail(lines);
	}

	private LocalStackException failure(String problem) {
		return new LocalStackException(
				problem + "; see " + logFile() + ". Its last lines:" + System.lineSeparator() + logTail(TAIL_LINES));
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalStackException("Interrupted while waiting for a service to start", ex);
		}
	}

}
