package com.spautopia.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, one node) in its own OS process, run from the Kafka jars on
 * this JVM's class path. Its data folder survives a restart: storage is formatted only
 * the first time.
 */
public final class KafkaProcess {

	private static final Logger log = LoggerFactory.getLogger(KafkaProcess.class);

	private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
			"-Djava.awt.headless=true");

	private final KafkaBrokerConfig config;

	private final ChildProcess process;

	private KafkaProcess(KafkaBrokerConfig config, ChildProcess process) {
		this.config = config;
		this.process = process;
	}

	/**
	 * Writes the configuration, formats the storage if it is new, starts the broker and
	 * waits until it answers.
	 * @param config the broker's files and ports
	 * @param logFile where the broker's (warning-level) output goes; replaced
	 * @param timeout how long the broker may take to answer
	 * @return the running broker
	 */
	public static KafkaProcess start(KafkaBrokerConfig config, Path logFile, Duration timeout) {
		config.write();
		truncate(logFile);
		if (!config.isFormatted()) {
			format(config, logFile);
		}
		ChildProcess process = ChildProcess.startJava("Kafka broker",
				javaArguments(config, "kafka.Kafka", config.serverProperties().toString()), Map.of(), logFile, true);
		log.info("Starting Kafka broker on {} (pid {}), data in {}", config.bootstrapServers(), process.pid(),
				config.dataDirectory());
		KafkaProcess kafka = new KafkaProcess(config, process);
		try {
			kafka.awaitReady(timeout);
		}
		catch (RuntimeException ex) {
			kafka.stop(Duration.ofSeconds(10));
			throw ex;
		}
		return kafka;
	}

	public String bootstrapServers() {
		return this.config.bootstrapServers();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The broker's process id, e.g. to kill it as a crash would.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * Stops the broker with SIGTERM (a controlled shutdown), killing it after the grace
	 * period.
	 * @param grace how long it may take
	 */
	public void stop(Duration grace) {
		this.process.stop(grace);
	}

	private static void format(KafkaBrokerConfig config, Path logFile) {
		String clusterId = config.clusterId();
		log.info("Formatting Kafka storage in {} (cluster id {})", config.dataDirectory(), clusterId);
		ChildProcess storageTool = ChildProcess.startJava("Kafka storage format", javaArguments(config,
				"kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.serverProperties().toString()),
				Map.of(), logFile, true);
		int exitCode = storageTool.awaitExit(Duration.ofSeconds(60));
		if (exitCode != 0 || !config.isFormatted()) {
			throw new ProcessFailedException("Formatting the Kafka storage failed (exit code " + exitCode + "); see "
					+ logFile + ":" + System.lineSeparator() + storageTool.logTail(20));
		}
	}

	private static List<String> javaArguments(KafkaBrokerConfig config, String mainClass, String... arguments) {
		List<String> command = new ArrayList<>(JVM_OPTIONS);
		command.add("-Dlogback.configurationFile=" + config.loggingConfig().toAbsolutePath());
		command.add("-Dlog4j2.configurationFile=" + config.log4jConfig().toAbsolutePath());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass);
		command.addAll(List.of(arguments));
		return command;
	}

	private void awaitReady(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!answers()) {
			if (!this.process.isAlive()) {
				throw failure("The Kafka broker stopped during start-up with exit code " + this.process.exitCode());
			}
			if (Instant.now().isAfter(deadline)) {
				throw failure("The Kafka broker did not answer on " + bootstrapServers() + " within "
						+ timeout.toSeconds() + " s");
			}
			sleep(Duration.ofMillis(300));
		}
		log.info("Kafka broker is ready on {}", bootstrapServers());
	}

	private boolean answers() {
		if (!listening()) {
			return false;
		}
		Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000);
		try (Admin admin = Admin.create(settings)) {
			return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProcessFailedException("Interrupted while waiting for the Kafka broker", ex);
		}
	}

	private boolean listening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.config.host(), this.config.port()), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private ProcessFailedException failure(String problem) {
		return new ProcessFailedException(problem + "; see " + this.process.logFile() + ". Its last lines:"
				+ System.lineSeparator() + this.process.logTail(25));
	}

	private static void truncate(Path logFile) {
		try {
			Files.createDirectories(logFile.toAbsolutePath().getParent());
			Files.deleteIfExists(logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProcessFailedException("Interrupted while waiting for the Kafka broker", ex);
		}
	}

}
