package com.spautopia.localstack;

import com.spautopia.testsupport.process.ChildProcess;
import com.spautopia.testsupport.process.KafkaBrokerConfig;
import com.spautopia.testsupport.process.KafkaProcess;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import com.spautopia.testsupport.inbox.DevInbox;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine: what it needs, starting it in order, restarting a
 * service that stops by itself, and stopping it in the reverse order of need (services
 * first, while the broker they talk to still runs).
 * <p>
 * Every JVM it starts has a heap cap ({@code SPA_LOCAL_SERVICE_HEAP}, the broker its own)
 * and stops by itself when this launcher is gone, even after a {@code kill -9}
 * ({@link ParentWatchdog}); every port can be moved ({@link LocalPorts}).
 */
final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

	private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);

	private static final Duration KAFKA_GRACE = Duration.ofSeconds(10);

	static final String HEAP_VARIABLE = "SPA_LOCAL_SERVICE_HEAP";

	static final String DEFAULT_HEAP = "512m";

	private final Path root;

	private final LocalPorts ports;

	private final String heap;

	private final List<SupervisedService> services = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService restarter = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("local-stack-restarter").daemon().factory());

	private volatile @Nullable KafkaProcess kafka;

	private volatile @Nullable EmbeddedMongo mongo;

	private volatile @Nullable TwilioSimulator sms;

	private volatile @Nullable SmtpServer smtp;

	private volatile @Nullable DevInbox inbox;

	private volatile boolean stopping;

	LocalPlatform(Path root) {
		this(root, System.getenv());
	}

	LocalPlatform(Path root, Map<String, String> environment) {
		this.root = root;
		this.ports = LocalPorts.fromEnvironment(environment);
		this.heap = heap(environment);
	}

	/**
	 * The heap cap of each service's JVM, {@code SPA_LOCAL_SERVICE_HEAP} (a size as
	 * {@code -Xmx} takes it: {@code 512m}, {@code 1g}).
	 * @param environment the environment variables
	 * @return the size
	 */
	static String heap(Map<String, String> environment) {
		String heap = environment.getOrDefault(HEAP_VARIABLE, "").strip();
		if (heap.isEmpty()) {
			return DEFAULT_HEAP;
		}
		if (!heap.matches("\\d+[kKmMgG]")) {
			throw new LocalStackException(
					HEAP_VARIABLE + " must be a size such as 512m or 1g (as -Xmx takes it), not '" + heap + "'.");
		}
		return heap;
	}

	/**
	 * The options every service's JVM starts with: its heap cap, and an exit when it runs
	 * out of memory (so it is restarted rather than left limping).
	 * @return the JVM options
	 */
	List<String> serviceJvmOptions() {
		return List.of("-Xmx" + this.heap, "-XX:+ExitOnOutOfMemoryError");
	}

	LocalPorts ports() {
		return this.ports;
	}

	Path root() {
		return this.root;
	}

	Path dataDirectory() {
		return this.root.resolve(".local");
	}

	Path logDirectory() {
		return dataDirectory().resolve("logs");
	}

	Path mongoFile() {
		return dataDirectory().resolve("mongo").resolve("spa.mv");
	}

	boolean isStopping() {
		return this.stopping;
	}

	List<ServiceProcess> services() {
		return this.services.stream().map(SupervisedService::current).toList();
	}

	/**
	 * Fails before anything starts if a service jar is missing or a port is busy.
	 */
	void checkPrerequisites() {
		ServiceProcess.requireJar(LocalDefaults.AUTH_MODULE, authServerJar());
		for (SpaService service : SpaService.values()) {
			ServiceProcess.requireJar(service.moduleName(), service.jar(this.root));
		}
		PortCheck.ensureFree(this.ports.required());
	}

	void start() {
		// every JVM started from here on stops by itself when this launcher is gone
		ChildProcess.giveEveryJvm(List.of(ParentWatchdog.jvmOption(ParentWatchdog.writeAgentJar(dataDirectory()))));
		this.kafka = guard(
				KafkaProcess.start(
						new KafkaBrokerConfig(dataDirectory().resolve("kafka"), LocalDefaults.HOST, this.ports.kafka(),
								this.ports.kafkaController()),
						logDirectory().resolve("kafka.log"), INFRASTRUCTURE_TIMEOUT));
		this.mongo = guard(EmbeddedMongo.start(mongoFile(), LocalDefaults.HOST, this.ports.mongo()));
		TwilioSimulator simulator = guard(TwilioSimulator.start(this.ports.sms(), LocalDefaults.TWILIO_ACCOUNT_SID,
				LocalDefaults.TWILIO_AUTH_TOKEN));
		this.sms = simulator;
		SmtpServer mail = guard(SmtpServer.start(this.ports.smtp()));
		this.smtp = mail;
		this.inbox = guard(DevInbox.start(this.ports.inbox(), simulator, mail));
		PlatformWiring wiring = wiring();
		startService(LocalDefaults.AUTH_MODULE, authServerJar(), this.ports.auth(), wiring.issuerEnvironment());
		startServices(wiring);
	}

	private void startService(String name, Path jar, int port, Map<String, String> environment) {
		SupervisedService.Launch launch = new SupervisedService.Launch(name, jar, port, serviceJvmOptions(),
				environment, logDirectory().resolve(name + ".log"), SERVICE_TIMEOUT);
		this.services
			.add(guard(SupervisedService.start(launch, RestartPolicy.DEFAULT, this.restarter, Clock.systemUTC())));
	}

	private Path authServerJar() {
		return this.root.resolve(LocalDefaults.AUTH_MODULE)
			.resolve("target")
			.resolve(LocalDefaults.AUTH_MODULE + ".jar");
	}

	private PlatformWiring wiring() {
		EmbeddedMongo mongo = this.mongo;
		KafkaProcess kafka = this.kafka;
		if (mongo == null || kafka == null) {
			throw new IllegalStateException("infrastructure not started");
		}
		return new PlatformWiring(kafka.bootstrapServers(), mongo::uri, true, "", this.ports.services(),
				new PlatformWiring.SmsGateway("http://" + LocalDefaults.HOST + ":" + this.ports.sms(),
						LocalDefaults.TWILIO_ACCOUNT_SID, LocalDefaults.TWILIO_AUTH_TOKEN,
						LocalDefaults.TWILIO_FROM_NUMBER),
				LocalDefaults.HOST, this.ports.smtp(), "http://localhost:" + this.ports.auth(),
				ManageLinkSecrets.loadOrCreate(dataDirectory().resolve("manage-link-secrets.properties")));
	}

	private void startServices(PlatformWiring wiring) {
		for (SpaService service : SpaService.values()) {
			startService(service.moduleName(), service.jar(this.root), wiring.port(service),
					wiring.environmentFor(service));
		}
		for (SupervisedService service : this.services) {
			service.superviseOnceHealthy();
		}
	}

	/**
	 * Stops everything that runs: services (in parallel), then Kafka, MongoDB, SMTP, the
	 * simulator and the inbox. Safe to call more than once and while {@link #start()} is
	 * still running in another thread.
	 */
	synchronized void stop() {
		if (this.stopping) {
			return;
		}
		this.stopping = true;
		log.info("Stopping the platform...");
		this.restarter.shutdownNow();
		stopServices();
		stopQuietly("Kafka broker", () -> ifPresent(this.kafka, (kafka) -> kafka.stop(KAFKA_GRACE)));
		stopQuietly("MongoDB-compatible server", () -> ifPresent(this.mongo, EmbeddedMongo::stop));
		stopQuietly("SMTP server", () -> ifPresent(this.smtp, SmtpServer::close));
		stopQuietly("SMS simulator", () -> ifPresent(this.sms, TwilioSimulator::close));
		stopQuietly("dev inbox", () -> ifPresent(this.inbox, DevInbox::close));
		ChildProcess.stopAllRunning(KAFKA_GRACE);
		log.info("Stopped. Data stays in {}", dataDirectory());
	}

	private void stopServices() {
		List<Thread> stoppers = this.services.stream()
			.map((service) -> Thread.ofPlatform()
				.name("stop-" + service.name())
				.start(() -> service.stop(SERVICE_GRACE)))
			.toList();
		for (Thread stopper : stoppers) {
			try {
				stopper.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Refuses to go on once stopping has begun, so a Ctrl-C during start-up never leaves
	 * anything running.
	 */
	private <T> T guard(T started) {
		if (this.stopping) {
			throw new LocalStackException("Stopped during start-up");
		}
		return started;
	}

	private static <T> void ifPresent(@Nullable T component, Consumer<T> action) {
		if (component != null) {
			action.accept(component);
		}
	}

	private static void stopQuietly(String what, Runnable stop) {
		try {
			stop.run();
		}
		catch (RuntimeException ex) {
			log.warn("Stopping the {} failed: {}", what, ex.toString());
		}
	}

}
