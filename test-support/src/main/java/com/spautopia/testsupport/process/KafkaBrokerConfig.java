package com.spautopia.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;

import com.spautopia.testsupport.infra.ConsumerGroupSettings;

/**
 * The files of a single-node KRaft broker (broker and controller in one process) under
 * one home folder: {@code server.properties}, a quiet logging configuration, the cluster
 * id and the data folder.
 *
 * @param home the folder holding everything, e.g. {@code .local/kafka}
 * @param host the address to listen on
 * @param port the client (PLAINTEXT) port
 * @param controllerPort the KRaft controller port
 */
public record KafkaBrokerConfig(Path home, String host, int port, int controllerPort) {

	public Path serverProperties() {
		return this.home.resolve("server.properties");
	}

	public Path loggingConfig() {
		return this.home.resolve("logback-kafka.xml");
	}

	/**
	 * The Log4j 2 configuration: Kafka's logging controller uses Log4j 2 when it is on
	 * the class path, which would otherwise pick up a test jar's log4j2.yaml (and fail
	 * for want of a YAML parser).
	 * @return the path of the Log4j 2 configuration
	 */
	public Path log4jConfig() {
		return this.home.resolve("log4j2-kafka.xml");
	}

	public Path dataDirectory() {
		return this.home.resolve("data");
	}

	public String bootstrapServers() {
		return this.host + ":" + this.port;
	}

	/**
	 * Whether the data folder has been formatted for KRaft (it then holds
	 * meta.properties).
	 * @return {@code true} once formatted
	 */
	public boolean isFormatted() {
		return Files.isRegularFile(dataDirectory().resolve("meta.properties"));
	}

	/**
	 * The cluster id, created on first use and kept so the formatted data folder stays
	 * valid.
	 * @return the cluster id
	 */
	public String clusterId() {
		Path file = this.home.resolve("cluster-id");
		try {
			if (Files.isRegularFile(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			String id = Uuid.randomUuid().toString();
			Files.writeString(file, id, StandardCharsets.UTF_8);
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes server.properties and the logging configuration (rewritten on every start,
	 * so they always match this code).
	 */
	public void write() {
		try {
			Files.createDirectories(dataDirectory());
			Files.writeString(serverProperties(), serverPropertiesText(), StandardCharsets.UTF_8);
			Files.writeString(loggingConfig(), LOGGING, StandardCharsets.UTF_8);
			Files.writeString(log4jConfig(), LOG4J, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String serverPropertiesText() {
		String listener = this.host + ":" + this.port;
		String controller = this.host + ":" + this.controllerPort;
		return """
				# Written by the local stack on every start: a single-node KRaft broker.
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@%s
				listeners=PLAINTEXT://%s,CONTROLLER://%s
				advertised.listeners=PLAINTEXT://%s
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=PLAINTEXT
				log.dirs=%s
				num.partitions=3
				default.replication.factor=1
				min.insync.replicas=1
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				group.initial.rebalance.delay.ms=0
				auto.create.topics.enable=true
				""".formatted(controller, listener, controller, listener, dataDirectory().toAbsolutePath())
				+ ConsumerGroupSettings.serverProperties();
	}

	private static final String LOG4J = """
			<Configuration status="WARN">
				<Appenders>
					<Console name="OUT" target="SYSTEM_OUT">
						<PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %c{1.} - %msg%n"/>
					</Console>
				</Appenders>
				<Loggers>
					<Root level="WARN">
						<AppenderRef ref="OUT"/>
					</Root>
				</Loggers>
			</Configuration>
			""";

	private static final String LOGGING = """
			<configuration>
				<appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
					<encoder>
						<pattern>%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern>
					</encoder>
				</appender>
				<root level="WARN">
					<appender-ref ref="OUT"/>
				</root>
			</configuration>
			""";

}
