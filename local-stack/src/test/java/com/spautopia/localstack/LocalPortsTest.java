package com.spautopia.localstack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalPortsTest {

	@Test
	void listensOnTheDocumentedPortsByDefault() {
		LocalPorts ports = LocalPorts.fromEnvironment(Map.of());

		assertThat(ports.kafka()).isEqualTo(9092);
		assertThat(ports.kafkaController()).isEqualTo(9093);
		assertThat(ports.mongo()).isEqualTo(27017);
		assertThat(ports.sms()).isEqualTo(8089);
		assertThat(ports.smtp()).isEqualTo(3025);
		assertThat(ports.inbox()).isEqualTo(8025);
		assertThat(ports.auth()).isEqualTo(9000);
		assertThat(ports.service(SpaService.BOOKING)).isEqualTo(8081);
		assertThat(ports.service(SpaService.OPS_CONSOLE)).isEqualTo(8084);
		assertThat(ports.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
	}

	@Test
	void movesOnePortByItsVariable() {
		LocalPorts ports = LocalPorts.fromEnvironment(Map.of("SPA_LOCAL_AUTH_PORT", "19000", "SPA_LOCAL_MONGO_PORT",
				"27018", "SPA_LOCAL_BOOKING_SERVICE_PORT", "18081"));

		assertThat(ports.auth()).isEqualTo(19000);
		assertThat(ports.mongo()).isEqualTo(27018);
		assertThat(ports.service(SpaService.BOOKING)).isEqualTo(18081);
		assertThat(ports.kafka()).isEqualTo(9092);
		assertThat(ports.required()).extracting(RequiredPort::port).contains(19000, 27018, 18081, 9092);
	}

	@Test
	void movesEveryPortByTheOffsetUnlessItsOwnVariableSetsIt() {
		LocalPorts ports = LocalPorts
			.fromEnvironment(Map.of("SPA_LOCAL_PORT_OFFSET", "10000", "SPA_LOCAL_MONGO_PORT", "19017"));

		assertThat(ports.kafka()).isEqualTo(19092);
		assertThat(ports.auth()).isEqualTo(19000);
		assertThat(ports.service(SpaService.NOTIFICATION)).isEqualTo(18082);
		assertThat(ports.mongo()).isEqualTo(19017);
	}

	@Test
	void namesEachServicesVariableAfterItsModule() {
		assertThat(LocalPorts.variable(SpaService.NOTIFICATION)).isEqualTo("SPA_LOCAL_NOTIFICATION_SERVICE_PORT");
		assertThat(LocalPorts.variable(SpaService.OPS_CONSOLE)).isEqualTo("SPA_LOCAL_OPS_CONSOLE_PORT");
	}

	@Test
	void refusesAValueThatIsNoPort() {
		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> LocalPorts.fromEnvironment(Map.of("SPA_LOCAL_KAFKA_PORT", "kafka")))
			.withMessage("SPA_LOCAL_KAFKA_PORT must be a whole number, not 'kafka'.");
		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> LocalPorts.fromEnvironment(Map.of("SPA_LOCAL_PORT_OFFSET", "60000")))
			.withMessageContaining("(or SPA_LOCAL_PORT_OFFSET) gives port 6")
			.withMessageContaining("which is not between 1 and 65535");
	}

	@Test
	void refusesTwoPartsOnOnePort() {
		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> LocalPorts.fromEnvironment(Map.of("SPA_LOCAL_SMS_PORT", "8081")))
			.withMessageContaining("8081 (SMS simulator, booking-service)");
	}

}
