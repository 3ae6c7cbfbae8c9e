package com.spautopia.localstack;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment the local stack (and the system test) starts each service with binds
 * only to properties the service really has, so a renamed property cannot be silently
 * ignored.
 */
class LocalStackWiringTest {

	private final PlatformWiring wiring = new PlatformWiring("127.0.0.1:9092",
			(db) -> "mongodb://127.0.0.1:27017/" + db, true, "t1.", ports(),
			new PlatformWiring.SmsGateway("http://127.0.0.1:8089", LocalDefaults.TWILIO_ACCOUNT_SID,
					LocalDefaults.TWILIO_AUTH_TOKEN, LocalDefaults.TWILIO_FROM_NUMBER),
			"127.0.0.1", 3025, "http://localhost:9000", ManageLinkSecrets.random());

	@ParameterizedTest
	@EnumSource(SpaService.class)
	void everyEnvironmentVariableBindsToAPropertyTheServiceHas(SpaService service) {
		ConfigurationPropertyIndex properties = ServiceJars.properties(service);

		assertThat(this.wiring.environmentFor(service).keySet())
			.as("environment variables the local stack gives %s that bind to no property", service.moduleName())
			.filteredOn((name) -> !properties.binds(name))
			.isEmpty();
	}

	@ParameterizedTest
	@EnumSource(SpaService.class)
	void givesEveryServiceItsOwnPortDatabaseAndTheSharedBroker(SpaService service) {
		Map<String, String> environment = this.wiring.environmentFor(service);

		assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(service.defaultPort()))
			.containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "127.0.0.1:9092")
			.containsEntry("SPRING_MONGODB_URI", "mongodb://127.0.0.1:27017/" + service.database())
			.containsEntry("SPA_KAFKA_TOPIC_PREFIX", "t1.");
	}

	@ParameterizedTest
	@EnumSource(SpaService.class)
	void givesTheManageLinksTokenSecretToBookingOnlyAndTheSealingKeyToBookingAndNotification(SpaService service) {
		Map<String, String> environment = this.wiring.environmentFor(service);

		assertThat(environment.containsKey("SPA_MANAGE_LINKS_TOKEN_SECRET")).as("token secret given to %s", service)
			.isEqualTo(service == SpaService.BOOKING);
		assertThat(environment.containsKey("SPA_MANAGE_LINKS_SEALING_KEY")).as("sealing key given to %s", service)
			.isEqualTo(service == SpaService.BOOKING || service == SpaService.NOTIFICATION);
		if (environment.containsKey("SPA_MANAGE_LINKS_SEALING_KEY")) {
			assertThat(environment.get("SPA_MANAGE_LINKS_SEALING_KEY"))
				.isEqualTo(this.wiring.manageLinks().sealingKey());
		}
	}

	private static Map<SpaService, Integer> ports() {
		Map<SpaService, Integer> ports = new EnumMap<>(SpaService.class);
		for (SpaService service : SpaService.values()) {
			ports.put(service, service.defaultPort());
		}
		return ports;
	}

}
