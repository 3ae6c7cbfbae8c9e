package com.spautopia.localstack;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalPlatformTest {

	private static final Path ROOT = Path.of("/tmp/spa-utopia");

	@Test
	void capsEveryServicesHeapAndLetsItExitWhenMemoryRunsOut() {
		LocalPlatform platform = new LocalPlatform(ROOT, Map.of());

		assertThat(platform.serviceJvmOptions()).containsExactly("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");
	}

	@Test
	void takesTheHeapCapFromTheEnvironment() {
		LocalPlatform platform = new LocalPlatform(ROOT, Map.of("SPA_LOCAL_SERVICE_HEAP", "1g"));

		assertThat(platform.serviceJvmOptions()).contains("-Xmx1g");
	}

	@Test
	void refusesAHeapCapJavaWouldNotTake() {
		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> new LocalPlatform(ROOT, Map.of("SPA_LOCAL_SERVICE_HEAP", "lots")))
			.withMessage("SPA_LOCAL_SERVICE_HEAP must be a size such as 512m or 1g (as -Xmx takes it), not 'lots'.");
	}

	@Test
	void checksThePortsTheEnvironmentMovedItTo() {
		LocalPlatform platform = new LocalPlatform(ROOT,
				Map.of("SPA_LOCAL_PORT_OFFSET", "10000", "SPA_LOCAL_MONGO_PORT", "19017"));

		assertThat(platform.ports().required()).extracting(RequiredPort::port)
			.contains(19092, 19093, 19017, 18089, 13025, 18025, 19000, 18081, 18082, 18083, 18084);
	}

}
