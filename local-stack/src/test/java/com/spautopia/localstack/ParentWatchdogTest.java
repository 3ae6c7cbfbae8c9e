package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A child JVM started with the watchdog agent stops when the launcher it watches is
 * killed with SIGKILL (no shutdown hook of the launcher runs), so it holds no port.
 */
class ParentWatchdogTest {

	@TempDir
	static Path temp;

	static Path service;

	static Path agent;

	@BeforeAll
	static void buildJars() {
		service = FakeServiceJar.write(temp);
		agent = ParentWatchdog.writeAgentJar(temp.resolve("agent"));
	}

	@Test
	void aChildStopsWhenItsLauncherIsKilled() throws IOException {
		Process launcher = new ProcessBuilder("sleep", "300").start();
		int port = PortCheckTest.freePort();
		ServiceProcess child = startWatching(launcher.pid(), port, "killed.log");
		try {
			child.awaitHealthy(Duration.ofSeconds(30));

			launcher.destroyForcibly();

			await().atMost(Duration.ofSeconds(30)).until(() -> !child.isAlive());
			assertThat(child.logTail(5)).contains("Launcher (pid " + launcher.pid() + ") is gone");
			assertThat(PortCheck.isFree(port)).isTrue();
		}
		finally {
			child.stop(Duration.ofSeconds(5));
			launcher.destroyForcibly();
		}
	}

	@Test
	void aChildWhoseLauncherIsAlreadyGoneStopsAtOnce() throws Exception {
		Process launcher = new ProcessBuilder("true").start();
		launcher.waitFor();
		ServiceProcess child = startWatching(launcher.pid(), PortCheckTest.freePort(), "gone.log");
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> !child.isAlive());
		}
		finally {
			child.stop(Duration.ofSeconds(5));
		}
	}

	@Test
	void theOptionNamesTheAgentAndThisProcess() {
		assertThat(ParentWatchdog.jvmOption(agent))
			.isEqualTo("-javaagent:" + agent.toAbsolutePath() + "=" + ProcessHandle.current().pid());
	}

	private static ServiceProcess startWatching(long launcherPid, int port, String log) {
		return ServiceProcess.start("fake-service", service, port,
				List.of("-Xmx64m", "-javaagent:" + agent.toAbsolutePath() + "=" + launcherPid),
				Map.of("SERVER_PORT", String.valueOf(port)), temp.resolve(log), false);
	}

}
