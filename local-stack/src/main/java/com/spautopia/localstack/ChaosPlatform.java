package com.spautopia.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.process.ChildProcess;
import com.spautopia.testsupport.process.KafkaBrokerConfig;
import com.spautopia.testsupport.process.KafkaProcess;
import com.spautopia.testsupport.twilio.TwilioSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform of a chaos run: a Kafka broker process, the MongoDB-compatible server (H2
 * file, so its data survives a stop), the SMS simulator, an SMTP server, the token
 * issuer, two instances of booking-, notification- and promotion-service and one ops
 * console, on the ports {@link LocalPorts} gives (a second instance listens 100 above the
 * first), in a data directory of its own. Every part can be killed and started again.
 */
public final class ChaosPlatform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChaosPlatform.class);

	/**
	 * How long a process (the broker included) may take to start or restart: on a loaded
	 * two-core machine a broker restarted after kill -9 took over 120 s.
	 */
	static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	static final int SECOND_INSTANCE_PORT_STEP = 100;

	private final Path root;

	private final Path data;

	private final LocalPorts ports;

	private final int instances;

	private final Map<SpaService, List<ServiceProcess>> services = new EnumMap<>(SpaService.class);

	private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();

	private final List<ServiceProcess> others = new ArrayList<>();

	private final KafkaBrokerConfig kafkaConfig;

	private KafkaProcess kafka;

	private EmbeddedMongo mongo;

	private final TwilioSimulator sms;

	private final SmtpServer smtp;

	private final PlatformWiring wiring;

	private int restarts;

	private ChaosPlatform(Path root, Path data, LocalPorts ports, int instances) {
		this.root = root;
		this.data = data;
		this.ports = ports;
		this.instances = instances;
		this.kafkaConfig = new KafkaBrokerConfig(data.resolve("kafka"), LocalDefaults.HOST, ports.kafka(),
				ports.kafkaController());
		this.kafka = KafkaProcess.start(this.kafkaConfig, logs().resolve("kafka.log"), START_TIMEOUT);
		this.mongo = EmbeddedMongo.start(data.resolve("mongo").resolve("spa.mv"), LocalDefaults.HOST, ports.mongo());
		this.sms = TwilioSimulator.start(ports.sms(), LocalDefaults.TWILIO_ACCOUNT_SID,
				LocalDefaults.TWILIO_AUTH_TOKEN);
		this.smtp = SmtpServer.start(ports.smtp());
		String mongoHost = "mongodb://" + LocalDefaults.HOST + ":" + ports.mongo() + "/";
		this.wiring = new PlatformWiring(this.kafka.bootstrapServers(), (database) -> mongoHost + database, true, "",
				ports.services(),
				new PlatformWiring.SmsGateway(this.sms.baseUrl(), LocalDefaults.TWILIO_ACCOUNT_SID,
						LocalDefaults.TWILIO_AUTH_TOKEN, LocalDefaults.TWILIO_FROM_NUMBER),
				LocalDefaults.HOST, ports.smtp(), "http://localhost:" + ports.auth(), ManageLinkSecrets.random());
	}

	/**
	 * Starts everything and waits until every service instance is UP.
	 * @param root the repository root (the services' jars are under it)
	 * @param data the run's own data directory (Kafka, MongoDB, logs)
	 * @param ports where it listens
	 * @param instances instances of each of the three services
	 * @return the running platform
	 */
	public static ChaosPlatform start(Path root, Path data, LocalPorts ports, int instances) {
		ChildProcess.giveEveryJvm(List.of(ParentWatchdog.jvmOption(ParentWatchdog.writeAgentJar(data))));
		ChaosPlatform platform = new ChaosPlatform(root, data, ports, instances);
		try {
			platform.startServices();
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
		return platform;
	}

	private void startServices() {
		ServiceProcess issuer = ServiceProcess.start(LocalDefaults.AUTH_MODULE,
				this.root.resolve(LocalDefaults.AUTH_MODULE)
					.resolve("target")
					.resolve(LocalDefaults.AUTH_MODULE + ".jar"),
				this.ports.auth(), jvmOptions(), this.wiring.issuerEnvironment(),
				logs().resolve(LocalDefaults.AUTH_MODULE + ".log"), false);
		this.others.add(issuer);
		for (SpaService service : SpaService.values()) {
			int count = (service == SpaService.OPS_CONSOLE) ? 1 : this.instances;
			for (int instance = 0; instance < count; instance++) {
				String name = instanceName(service, instance);
				Map<String, String> environment = environment(service, instance);
				this.environments.put(name, environment);
				ServiceProcess process = ServiceProcess.start(name, service.jar(this.root), port(service, instance),
						jvmOptions(), environment, logs().resolve(name + ".log"), false);
				this.services.computeIfAbsent(service, (key) -> new ArrayList<>()).add(process);
			}
		}
		issuer.awaitHealthy(START_TIMEOUT);
		this.services.values().stream().flatMap(List::stream).forEach((process) -> process.awaitHealthy(START_TIMEOUT));
	}

	private Map<String, String> environment(SpaService service, int instance) {
		Map<String, String> environment = new LinkedHashMap<>(this.wiring.environmentFor(service));
		int port = port(service, instance);
		environment.put("SERVER_PORT", String.valueOf(port));
		// the chaos clients all come from one address and book many times a minute
		environment.put("SPA_SECURITY_RATE_LIMITS_ENABLED", "false");
		if (service == SpaService.NOTIFICATION) {
			environment.put("SPA_TWILIO_STATUS_CALLBACK_BASE_URL", "http://127.0.0.1:" + port);
		}
		return environment;
	}

	private List<String> jvmOptions() {
		return List.of("-Xmx384m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1");
	}

	static String instanceName(SpaService service, int instance) {
		return service.moduleName() + "-" + (instance + 1);
	}

	int port(SpaService service, int instance) {
		return this.ports.service(service) + instance * SECOND_INSTANCE_PORT_STEP;
	}

	public String baseUrl(SpaService service, int instance) {
		return "http://localhost:" + port(service, instance);
	}

	public int instances(SpaService service) {
		return this.services.get(service).size();
	}

	public String issuerUri() {
		return this.wiring.issuerUri();
	}

	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	public TwilioSimulator sms() {
		return this.sms;
	}

	public SmtpServer smtp() {
		return this.smtp;
	}

	public String twilioNumber() {
		return LocalDefaults.TWILIO_FROM_NUMBER;
	}

	Path logs() {
		return this.data.resolve("logs");
	}

	/**
	 * Kills the broker with SIGKILL, as a crash would.
	 */
	public void killKafka() {
		kill(this.kafka.pid());
	}

	/**
	 * Starts the broker again on its data.
	 */
	public void startKafka() {
		awaitFree(this.ports.kafka());
		awaitFree(this.ports.kafkaController());
		this.kafka = KafkaProcess.start(this.kafkaConfig, logs().resolve("kafka-" + (++this.restarts) + ".log"),
				START_TIMEOUT);
	}

	/**
	 * Stops the MongoDB-compatible server (every connection drops).
	 */
	public void stopMongo() {
		this.mongo.stop();
	}

	/**
	 * Starts the MongoDB-compatible server again on the same file and port.
	 */
	public void startMongo() {
		awaitFree(this.ports.mongo());
		this.mongo = EmbeddedMongo.start(this.mongo.file(), LocalDefaults.HOST, this.ports.mongo());
	}

	/**
	 * Kills one instance of a service with SIGKILL (nothing of it runs: its consumers do
	 * not leave their groups, its leases stay taken) and starts it again at once.
	 * @param service the service
	 * @param instance which instance, from 0
	 * @return the new process, not yet UP
	 */
	public ServiceProcess killAndRestart(SpaService service, int instance) {
		ServiceProcess killed = this.services.get(service).get(instance);
		kill(killed.pid());
		awaitFree(port(service, instance));
		String name = instanceName(service, instance);
		ServiceProcess restarted = ServiceProcess.start(name, service.jar(this.root), port(service, instance),
				jvmOptions(), this.environments.get(name), logs().resolve(name + ".log"), true);
		this.services.get(service).set(instance, restarted);
		return restarted;
	}

	/**
	 * Waits until a port can be listened on again: a port of the run may lie in the
	 * machine's ephemeral range, where a client connection can hold it for a while.
	 */
	private static void awaitFree(int port) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!PortCheck.isFree(port) && System.nanoTime() < deadline) {
			log.warn("port {} is still taken (a client connection in the ephemeral range?); waiting", port);
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void kill(long pid) {
		ProcessHandle.of(pid).ifPresent((process) -> {
			process.destroyForcibly();
			process.onExit().join();
		});
		log.warn("killed pid {} with SIGKILL", pid);
	}

	/**
	 * Whether every service instance answers UP.
	 * @return whether all are healthy
	 */
	public boolean allHealthy() {
		return this.services.values()
			.stream()
			.flatMap(List::stream)
			.allMatch((process) -> new HealthProbe(java.net.URI.create(process.baseUrl() + "/actuator/health")).isUp());
	}

	public List<ServiceProcess> processes() {
		List<ServiceProcess> all = new ArrayList<>(this.others);
		this.services.values().forEach(all::addAll);
		return all;
	}

	@Override
	public void close() {
		processes().parallelStream().forEach((process) -> process.stop(Duration.ofSeconds(20)));
		this.kafka.stop(Duration.ofSeconds(10));
		this.mongo.stop();
		this.sms.close();
		this.smtp.close();
		// not ChildProcess.stopAllRunning: it would refuse every later start in this JVM,
		// and the build's later system tests start processes after the short run
	}

}
