package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class ServiceProcessTest {

	@TempDir
	static Path temp;

	static Path jar;

	@BeforeAll
	static void buildFakeServiceJar() {
		jar = FakeServiceJar.write(temp);
	}

	@Test
	void startsTheJarWithItsEnvironmentWaitsUntilUpAndStops() throws IOException {
		int port = PortCheckTest.freePort();
		ServiceProcess service = ServiceProcess.start("fake-service", jar, port,
				Map.of("SERVER_PORT", String.valueOf(port), "GREETING", "hello"), temp.resolve("healthy.log"));
		try {
			service.awaitHealthy(Duration.ofSeconds(30));

			assertThat(service.baseUrl()).isEqualTo("http://localhost:" + port);
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(service.logTail(10)).contains("GREETING=hello"));
		}
		finally {
			service.stop(Duration.ofSeconds(10));
		}
		assertThat(service.isAlive()).isFalse();
	}

	@Test
	void reportsAServiceThatStopsDuringStartUpWithItsLogFileAndItsLastLines() throws IOException {
		int port = PortCheckTest.freePort();
		ServiceProcess service = ServiceProcess.start("fake-service", jar, port,
				Map.of("SERVER_PORT", String.valueOf(port), "FAKE_MODE", "crash"), temp.resolve("crash.log"));

		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(30)))
			.withMessageContaining("fake-service stopped during start-up with exit code 3")
			.withMessageContaining(temp.resolve("crash.log").toString())
			.withMessageContaining("boom: required configuration is missing");
	}

	@Test
	void reportsAServiceThatIsNotUpInTime() throws IOException {
		int port = PortCheckTest.freePort();
		ServiceProcess service = ServiceProcess.start("fake-service", jar, port,
				Map.of("SERVER_PORT", String.valueOf(port), "FAKE_MODE", "down"), temp.resolve("down.log"));
		try {
			assertThatExceptionOfType(LocalStackException.class)
				.isThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(3)))
				.withMessageContaining(
						"fake-service did not report UP on http://localhost:" + port + "/actuator/health within 3 s")
				.withMessageContaining(temp.resolve("down.log").toString());
		}
		finally {
			service.stop(Duration.ofSeconds(10));
		}
	}

	@Test
	void saysHowToBuildAMissingJar() {
		Path missing = temp.resolve("booking-service/target/booking-service.jar");

		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> ServiceProcess.start("booking-service", missing, 8081, Map.of(), temp.resolve("x.log")))
			.withMessage(
					"booking-service is not built: " + missing + " is missing. Run ./mvnw -DskipTests package first.");
	}

}
