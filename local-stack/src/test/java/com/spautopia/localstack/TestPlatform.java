package com.spautopia.localstack;

import com.spautopia.testsupport.process.ChildProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.testsupport.infra.SpaInfrastructure;
import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.twilio.TwilioSimulator;

/**
 * The whole platform for a system test: the token issuer and every service, each from its
 * fat jar in its own process on free ports, on the shared test infrastructure (Kafka,
 * MongoDB) with the SMS simulator and an SMTP server of its own. Pages are addressed as a
 * person's browser would, at {@code http://localhost:<port>}.
 */
final class TestPlatform implements AutoCloseable {

	static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private final Map<SpaService, ServiceProcess> services = new EnumMap<>(SpaService.class);

	private final Map<SpaService, Map<String, String>> environments = new EnumMap<>(SpaService.class);

	private final Map<SpaService, Path> jars = new EnumMap<>(SpaService.class);

	private final Path logs;

	private final List<ServiceProcess> running = new ArrayList<>();

	private final PlatformWiring wiring;

	private final TwilioSimulator sms;

	private final SmtpServer smtp;

	private TestPlatform(PlatformWiring wiring, TwilioSimulator sms, SmtpServer smtp, Path logs) {
		this.wiring = wiring;
		this.logs = logs;
		this.sms = sms;
		this.smtp = smtp;
	}

	/**
	 * Starts the platform and waits until every process is healthy.
	 * @param name names the run's logs ({@code target/<name>/}) and prefixes its topics
	 * and databases
	 * @return the running platform
	 * @throws IOException if no free port can be found
	 */
	static TestPlatform start(String name) throws IOException {
		return start(name, Map.of());
	}

	/**
	 * Starts the platform with settings of its own for some services.
	 * @param name names the run's logs and prefixes its topics and databases
	 * @param settings environment variables to add, by service
	 * @return the running platform
	 * @throws IOException if no free port can be found
	 */
	static TestPlatform start(String name, Map<SpaService, Map<String, String>> settings) throws IOException {
		Map<SpaService, Path> jars = new EnumMap<>(SpaService.class);
		for (SpaService service : SpaService.values()) {
			jars.put(service, ServiceJars.jar(service));
		}
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		TwilioSimulator simulator = TwilioSimulator.start(LocalDefaults.TWILIO_ACCOUNT_SID,
				LocalDefaults.TWILIO_AUTH_TOKEN);
		SmtpServer mail = SmtpServer.start();
		String run = name + UUID.randomUUID().toString().substring(0, 8);
		Map<SpaService, Integer> ports = freePorts();
		PlatformWiring wiring = new PlatformWiring(infrastructure.kafkaBootstrapServers(),
				(database) -> infrastructure.mongoUri(run + "-" + database),
				infrastructure.mode() == SpaInfrastructure.Mode.EMBEDDED, run + ".", ports,
				new PlatformWiring.SmsGateway(simulator.baseUrl(), LocalDefaults.TWILIO_ACCOUNT_SID,
						LocalDefaults.TWILIO_AUTH_TOKEN, LocalDefaults.TWILIO_FROM_NUMBER),
				"127.0.0.1", mail.port(), "http://localhost:" + freePort(), ManageLinkSecrets.random());
		Path logs = Path.of("target", name).toAbsolutePath();
		TestPlatform platform = new TestPlatform(wiring, simulator, mail, logs);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> ChildProcess.stopAllRunning(Duration.ofSeconds(10)), "stop-services"));
		ServiceProcess issuer = ServiceProcess.start(LocalDefaults.AUTH_MODULE, ServiceJars.authServerJar(),
				Integer.parseInt(wiring.issuerEnvironment().get("SERVER_PORT")), wiring.issuerEnvironment(),
				logs.resolve(LocalDefaults.AUTH_MODULE + ".log"));
		platform.running.add(issuer);
		for (SpaService service : SpaService.values()) {
			Map<String, String> environment = new LinkedHashMap<>(wiring.environmentFor(service));
			environment.putAll(settings.getOrDefault(service, Map.of()));
			ServiceProcess process = ServiceProcess.start(service.moduleName(), jars.get(service), wiring.port(service),
					environment, logs.resolve(service.moduleName() + ".log"));
			platform.services.put(service, process);
			platform.running.add(process);
			platform.environments.put(service, environment);
			platform.jars.put(service, jars.get(service));
		}
		for (ServiceProcess process : platform.running) {
			process.awaitHealthy(START_TIMEOUT);
		}
		return platform;
	}

	/**
	 * Kills a service with SIGKILL (no shutdown hook runs: its Kafka consumers do not
	 * leave their groups) and starts it again at once, on the same port with the same
	 * settings.
	 * @param service the service
	 * @return the new process, not yet healthy
	 */
	ServiceProcess killAndRestart(SpaService service) {
		ServiceProcess killed = this.services.get(service);
		ProcessHandle.of(killed.pid()).ifPresent((process) -> {
			process.destroyForcibly();
			process.onExit().join();
		});
		ServiceProcess restarted = ServiceProcess.start(service.moduleName(), this.jars.get(service),
				this.wiring.port(service), this.environments.get(service),
				this.logs.resolve(service.moduleName() + "-restarted-" + System.nanoTime() + ".log"));
		this.services.put(service, restarted);
		this.running.remove(killed);
		this.running.add(restarted);
		return restarted;
	}

	String pageUrl(SpaService service, String path) {
		return this.wiring.pageUrl(service, path);
	}

	ServiceProcess process(SpaService service) {
		return this.services.get(service);
	}

	String baseUrl(SpaService service) {
		return this.services.get(service).baseUrl();
	}

	String issuerUri() {
		return this.wiring.issuerUri();
	}

	/**
	 * The topics' prefix of this run.
	 * @return the prefix
	 */
	String topicPrefix() {
		return this.wiring.topicPrefix();
	}

	TwilioSimulator sms() {
		return this.sms;
	}

	SmtpServer smtp() {
		return this.smtp;
	}

	List<ServiceProcess> processes() {
		return List.copyOf(this.running);
	}

	@Override
	public void close() {
		this.running.parallelStream().forEach((process) -> process.stop(Duration.ofSeconds(20)));
		this.sms.close();
		this.smtp.close();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Map<SpaService, Integer> freePorts() throws IOException {
		Map<SpaService, Integer> ports = new EnumMap<>(SpaService.class);
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (SpaService service : SpaService.values()) {
				ServerSocket socket = new ServerSocket(0);
				sockets.add(socket);
				ports.put(service, socket.getLocalPort());
			}
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
		return ports;
	}

}
