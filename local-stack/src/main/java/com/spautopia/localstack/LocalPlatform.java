package com.spautopia.localstack;

import com.spautopia.testsupport.process.ChildProcess;
import com.spautopia.testsupport.process.KafkaBrokerConfig;
import com.spautopia.testsupport.process.KafkaProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.spautopia.testsupport.inbox.DevInbox;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine: what it needs, starting it in order, and stopping
 * it in the reverse order of need (services first, while the broker they talk to still
 * runs).
 */
final class LocalPlatform {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

	private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);

	private static final Duration KAFKA_GRACE = Duration.ofSeconds(10);

	private final Path root;

	private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();

	private volatile @Nullable KafkaProcess kafka;

	private volatile @Nullable EmbeddedMongo mongo;

	private volatile @Nullable TwilioSimulator sms;

	private volatile @Nullable SmtpServer smtp;

	private volatile @Nullable DevInbox inbox;

	private volatile boolean stopping;

	LocalPlatform(Path root) {
		this.root = root;
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
		return List.copyOf(this.services);
	}

	static List<RequiredPort> requiredPorts() {
		List<RequiredPort> ports = new ArrayList<>(List.of(new RequiredPort(LocalDefaults.KAFKA_PORT, "Kafka broker"),
				new RequiredPort(LocalDefaults.KAFKA_CONTROLLER_PORT, "Kafka controller"),
				new RequiredPort(LocalDefaults.MONGO_PORT, "MongoDB-compatible server"),
				new RequiredPort(LocalDefaults.SMS_PORT, "SMS simulator"),
				new RequiredPort(LocalDefaults.SMTP_PORT, "SMTP server"),
				new RequiredPort(LocalDefaults.INBOX_PORT, "dev inbox page"),
				new RequiredPort(LocalDefaults.AUTH_PORT, "token issuer")));
		for (SpaService service : SpaService.values()) {
			ports.add(new RequiredPort(service.defaultPort(), service.moduleName()));
		}
		return ports;
	}

	/**
	 * Fails before anything starts if a service jar is missing or a port is busy.
	 */
	void checkPrerequisites() {
		ServiceProcess.requireJar(LocalDefaults.AUTH_MODULE, authServerJar());
		for (SpaService service : SpaService.values()) {
			ServiceProcess.requireJar(service.moduleName(), service.jar(this.root));
		}
		PortCheck.ensureFree(requiredPorts());
	}

	void start() {
		this.kafka = guard(KafkaProcess.start(
				new KafkaBrokerConfig(dataDirectory().resolve("kafka"), LocalDefaults.HOST, LocalDefaults.KAFKA_PORT,
						LocalDefaults.KAFKA_CONTROLLER_PORT),
				logDirectory().resolve("kafka.log"), INFRASTRUCTURE_TIMEOUT));
		this.mongo = guard(EmbeddedMongo.start(mongoFile(), LocalDefaults.HOST, LocalDefaults.MONGO_PORT));
		TwilioSimulator simulator = guard(TwilioSimulator.start(LocalDefaults.SMS_PORT,
				LocalDefaults.TWILIO_ACCOUNT_SID, LocalDefaults.TWILIO_AUTH_TOKEN));
		this.sms = simulator;
		SmtpServer mail = guard(SmtpServer.start(LocalDefaults.SMTP_PORT));
		this.smtp = mail;
		this.inbox = guard(DevInbox.start(LocalDefaults.INBOX_PORT, simulator, mail));
		PlatformWiring wiring = wiring();
		ServiceProcess issuer = guard(
				ServiceProcess.start(LocalDefaults.AUTH_MODULE, authServerJar(), LocalDefaults.AUTH_PORT,
						wiring.issuerEnvironment(), logDirectory().resolve(LocalDefaults.AUTH_MODULE + ".log")));
		this.services.add(issuer);
		startServices(wiring);
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
		Map<SpaService, Integer> ports = new EnumMap<>(SpaService.class);
		for (SpaService service : SpaService.values()) {
			ports.put(service, service.defaultPort());
		}
		return new PlatformWiring(kafka.bootstrapServers(), mongo::uri, true, "", ports,
				new PlatformWiring.SmsGateway("http://" + LocalDefaults.HOST + ":" + LocalDefaults.SMS_PORT,
						LocalDefaults.TWILIO_ACCOUNT_SID, LocalDefaults.TWILIO_AUTH_TOKEN,
						LocalDefaults.TWILIO_FROM_NUMBER),
				LocalDefaults.HOST, LocalDefaults.SMTP_PORT, "http://localhost:" + LocalDefaults.AUTH_PORT);
	}

	private void startServices(PlatformWiring wiring) {
		for (SpaService service : SpaService.values()) {
			ServiceProcess process = ServiceProcess.start(service.moduleName(), service.jar(this.root),
					wiring.port(service), wiring.environmentFor(service),
					logDirectory().resolve(service.moduleName() + ".log"));
			this.services.add(guard(process));
		}
		for (ServiceProcess service : this.services) {
			service.awaitHealthy(SERVICE_TIMEOUT);
			service.onExit((code) -> {
				if (!this.stopping) {
					log.error("{} stopped unexpectedly (exit code {}); see {}", service.name(), code,
							service.logFile());
				}
			});
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
