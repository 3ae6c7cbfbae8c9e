package com.spautopia.testsupport.infra;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka broker and MongoDB endpoint shared by every test of a JVM. Started lazily and
 * once, stopped by a JVM shutdown hook.
 * <p>
 * Mode selection, unless forced with the system property or environment variable
 * {@code SPA_TEST_INFRASTRUCTURE=env|testcontainers|embedded}:
 * <ol>
 * <li>{@link Mode#ENV} when both {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}
 * are set;</li>
 * <li>{@link Mode#TESTCONTAINERS} when Docker is available;</li>
 * <li>{@link Mode#EMBEDDED} otherwise: an in-process KRaft broker and
 * mongo-java-server.</li>
 * </ol>
 */
public final class SpaInfrastructure {

	private static final Logger logger = LoggerFactory.getLogger(SpaInfrastructure.class);

	private static final Object lock = new Object();

	private static volatile @Nullable SpaInfrastructure shared;

	private final StartedInfrastructure started;

	private SpaInfrastructure(StartedInfrastructure started) {
		this.started = started;
	}

	/**
	 * Return the infrastructure of this JVM, starting it on first use.
	 * @return the started infrastructure
	 */
	public static SpaInfrastructure shared() {
		SpaInfrastructure current = shared;
		if (current == null) {
			synchronized (lock) {
				current = shared;
				if (current == null) {
					current = new SpaInfrastructure(start(InfrastructureModes.select()));
					Runtime.getRuntime()
						.addShutdownHook(Thread.ofPlatform().name("spa-infrastructure-stop").unstarted(current::stop));
					shared = current;
				}
			}
		}
		return current;
	}

	private static StartedInfrastructure start(Mode mode) {
		StartedInfrastructure started = switch (mode) {
			case ENV -> EnvironmentInfrastructure.start();
			case TESTCONTAINERS -> ContainerInfrastructure.start();
			case EMBEDDED -> EmbeddedInfrastructure.start();
		};
		logger.info("Spa Utopia test infrastructure: {} ({})", mode, started.description());
		return started;
	}

	/**
	 * Return where the broker and database come from.
	 * @return the mode in use
	 */
	public Mode mode() {
		return this.started.mode();
	}

	/**
	 * Return the Kafka bootstrap servers, e.g. {@code 127.0.0.1:41234}.
	 * @return the bootstrap servers
	 */
	public String kafkaBootstrapServers() {
		return this.started.kafkaBootstrapServers();
	}

	/**
	 * Return a MongoDB connection string for the given database, keeping the options of
	 * the underlying URI.
	 * @param database the database name
	 * @return a connection string including the database
	 */
	public String mongoUri(String database) {
		return MongoUris.withDatabase(this.started.mongoUri(), database);
	}

	private void stop() {
		// JVM shutdown hooks run at once: let Spring close the test contexts first, so
		// that
		// their Kafka clients leave while the broker is still there (closing against a
		// broker already gone waits out every client's close timeout)
		awaitSpringShutdownHooks(Duration.ofSeconds(60));
		try {
			this.started.stopper().close();
		}
		catch (Exception ex) {
			logger.warn("Could not stop the Spa Utopia test infrastructure cleanly", ex);
		}
	}

	private static void awaitSpringShutdownHooks(Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		try {
			// the JVM starts its hooks one after the other: give Spring's a moment to
			// start
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread != Thread.currentThread() && thread.getName().startsWith("Spring")
					&& thread.getName().endsWith("ShutdownHook")) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return;
				}
				try {
					thread.join(Duration.ofNanos(left));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Where the infrastructure comes from.
	 */
	public enum Mode {

		/** Addresses from {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}. */
		ENV,

		/** Kafka and MongoDB containers started through Testcontainers. */
		TESTCONTAINERS,

		/** An in-process KRaft broker and an in-memory MongoDB-compatible server. */
		EMBEDDED

	}

}
