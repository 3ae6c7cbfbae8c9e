package com.spautopia.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BannerTest {

	@Test
	void saysWhereEverythingListensOnThePortsTheEnvironmentMovedItTo() {
		LocalPlatform platform = new LocalPlatform(Path.of("/tmp/spa-utopia"),
				Map.of("SPA_LOCAL_PORT_OFFSET", "10000", "SPA_LOCAL_MONGO_PORT", "19017"));

		String banner = Banner.text(platform, Duration.ofSeconds(42));

		assertThat(banner).contains("started in 42 s")
			.contains("A service that stops by itself is restarted")
			.contains("http://localhost:18081/book", "http://localhost:18083/marketing", "http://localhost:18084/ops")
			.contains("127.0.0.1:19092", "mongodb://127.0.0.1:19017", "http://localhost:18025",
					"http://localhost:19000/oauth2/token");
	}

}
