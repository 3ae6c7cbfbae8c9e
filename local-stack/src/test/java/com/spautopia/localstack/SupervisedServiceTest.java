package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run restarts a service that stops by itself, with a real child process.
 */
class SupervisedServiceTest {

	@TempDir
	static Path temp;

	static Path jar;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private final RestartPolicy quick = new RestartPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 2,
			Duration.ofMinutes(10));

	@BeforeAll
	static void buildFakeServiceJar() {
		jar = FakeServiceJar.write(temp);
	}

	@AfterEach
	void stopScheduler() {
		this.scheduler.shutdownNow();
	}

	@Test
	void restartsAServiceThatStopsByItselfAndKeepsItsLog() throws Exception {
		SupervisedService service = start("crash-once", "once");
		try {
			long firstPid = service.current().pid();

			await().atMost(Duration.ofSeconds(30)).until(() -> service.current().pid() != firstPid);
			service.current().awaitHealthy(Duration.ofSeconds(30));

			assertThat(service.restarts()).isEqualTo(1);
			assertThat(Files.readString(temp.resolve("once.log"))).contains("fake service stops by itself")
				.contains("fake service stays up");
		}
		finally {
			service.stop(Duration.ofSeconds(10));
		}
		assertThat(service.current().isAlive()).isFalse();
	}

	@Test
	void givesUpOnAServiceThatKeepsStoppingAfterThePolicysCap() throws IOException {
		SupervisedService service = start("crash-always", "always");
		try {
			// the third run stops too, and stays stopped
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(90))
				.until(() -> service.restarts() == 2 && !service.current().isAlive());
		}
		finally {
			service.stop(Duration.ofSeconds(10));
		}
	}

	@Test
	void aStoppedServiceIsNotRestarted() throws IOException {
		SupervisedService service = start("healthy", "stopped");
		long pid = service.current().pid();

		service.stop(Duration.ofSeconds(10));

		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> service.restarts() == 0);
		assertThat(service.current().pid()).isEqualTo(pid);
		assertThat(service.current().isAlive()).isFalse();
	}

	private SupervisedService start(String mode, String name) throws IOException {
		int port = PortCheckTest.freePort();
		SupervisedService.Launch launch = new SupervisedService.Launch("fake-service", jar, port, List.of("-Xmx64m"),
				Map.of("SERVER_PORT", String.valueOf(port), "FAKE_MODE", mode, "FAKE_MARKER",
						temp.resolve(name + ".marker").toString()),
				temp.resolve(name + ".log"), Duration.ofSeconds(30));
		SupervisedService service = SupervisedService.start(launch, this.quick, this.scheduler, this.clock);
		service.superviseOnceHealthy();
		return service;
	}

}
