package com.spautopia.localstack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the local run listens: the default ports, moved by environment variables for a
 * machine where something else already listens on one of them.
 * {@code SPA_LOCAL_PORT_OFFSET} moves every port by the same amount;
 * {@code SPA_LOCAL_<NAME>_PORT} sets one port (and wins over the offset).
 *
 * @param kafka the Kafka broker's client port
 * @param kafkaController the Kafka controller's port
 * @param mongo the MongoDB-compatible server
 * @param sms the Twilio-compatible SMS simulator
 * @param smtp the SMTP server
 * @param inbox the page of sent SMS and email
 * @param auth the token issuer
 * @param services each service's HTTP port
 */
record LocalPorts(int kafka, int kafkaController, int mongo, int sms, int smtp, int inbox, int auth,
		Map<SpaService, Integer> services) {

	static final String OFFSET_VARIABLE = "SPA_LOCAL_PORT_OFFSET";

	LocalPorts {
		services = Map.copyOf(services);
	}

	static LocalPorts defaults() {
		return fromEnvironment(Map.of());
	}

	/**
	 * The ports an environment asks for.
	 * @param environment the environment variables
	 * @return the ports
	 * @throws LocalStackException if a variable is no port number, or two ports are the
	 * same
	 */
	static LocalPorts fromEnvironment(Map<String, String> environment) {
		int offset = number(environment, OFFSET_VARIABLE, 0);
		Map<SpaService, Integer> services = new EnumMap<>(SpaService.class);
		for (SpaService service : SpaService.values()) {
			services.put(service, port(environment, variable(service), service.defaultPort(), offset));
		}
		LocalPorts ports = new LocalPorts(port(environment, "SPA_LOCAL_KAFKA_PORT", LocalDefaults.KAFKA_PORT, offset),
				port(environment, "SPA_LOCAL_KAFKA_CONTROLLER_PORT", LocalDefaults.KAFKA_CONTROLLER_PORT, offset),
				port(environment, "SPA_LOCAL_MONGO_PORT", LocalDefaults.MONGO_PORT, offset),
				port(environment, "SPA_LOCAL_SMS_PORT", LocalDefaults.SMS_PORT, offset),
				port(environment, "SPA_LOCAL_SMTP_PORT", LocalDefaults.SMTP_PORT, offset),
				port(environment, "SPA_LOCAL_INBOX_PORT", LocalDefaults.INBOX_PORT, offset),
				port(environment, "SPA_LOCAL_AUTH_PORT", LocalDefaults.AUTH_PORT, offset), services);
		ports.requireDistinct();
		return ports;
	}

	/**
	 * The variable that sets a service's port, e.g.
	 * {@code SPA_LOCAL_BOOKING_SERVICE_PORT}.
	 * @param service the service
	 * @return the variable's name
	 */
	static String variable(SpaService service) {
		return "SPA_LOCAL_" + service.moduleName().toUpperCase().replace('-', '_') + "_PORT";
	}

	int service(SpaService service) {
		Integer port = this.services.get(service);
		if (port == null) {
			throw new IllegalArgumentException("No port for " + service.moduleName());
		}
		return port;
	}

	String kafkaBootstrapServers() {
		return LocalDefaults.HOST + ":" + this.kafka;
	}

	List<RequiredPort> required() {
		List<RequiredPort> ports = new ArrayList<>(List.of(new RequiredPort(this.kafka, "Kafka broker"),
				new RequiredPort(this.kafkaController, "Kafka controller"),
				new RequiredPort(this.mongo, "MongoDB-compatible server"), new RequiredPort(this.sms, "SMS simulator"),
				new RequiredPort(this.smtp, "SMTP server"), new RequiredPort(this.inbox, "dev inbox page"),
				new RequiredPort(this.auth, "token issuer")));
		for (SpaService service : SpaService.values()) {
			ports.add(new RequiredPort(service(service), service.moduleName()));
		}
		return ports;
	}

	private void requireDistinct() {
		Map<Integer, List<String>> owners = new HashMap<>();
		required().forEach((port) -> owners.computeIfAbsent(port.port(), (key) -> new ArrayList<>()).add(port.owner()));
		String clashes = owners.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map((entry) -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
			.sorted()
			.collect(Collectors.joining("; "));
		if (!clashes.isEmpty()) {
			throw new LocalStackException("Two parts of the platform would listen on one port: " + clashes
					+ ". Move one with its SPA_LOCAL_..._PORT variable.");
		}
	}

	private static int port(Map<String, String> environment, String variable, int defaultPort, int offset) {
		int port = number(environment, variable, defaultPort + offset);
		if (port < 1 || port > 65535) {
			throw new LocalStackException(variable + " (or " + OFFSET_VARIABLE + ") gives port " + port
					+ ", which is not between 1 and 65535.");
		}
		return port;
	}

	private static int number(Map<String, String> environment, String variable, int fallback) {
		String value = environment.get(variable);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new LocalStackException(variable + " must be a whole number, not '" + value + "'.");
		}
	}

}
