package com.spautopia.testsupport.twilio;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.ACCOUNT_SID;
import static com.spautopia.testsupport.twilio.TwilioSimulatorTests.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

class TwilioLatencyTests {

	private final TwilioSimulator simulator = TwilioSimulator.start(ACCOUNT_SID, AUTH_TOKEN);

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void latencyDelaysEachRequestWithoutSerializingConcurrentOnes() {
		this.simulator.respondWithLatency(Duration.ofMillis(200));
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			long start = System.nanoTime();
			List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 20)
				.mapToObj((i) -> http.sendAsync(
						RawRequests.create(this.simulator, ACCOUNT_SID, AUTH_TOKEN,
								"To=%2B4860123" + (4000 + i) + "&From=%2B48221234567&Body=Hi"),
						HttpResponse.BodyHandlers.ofString()))
				.toList();
			CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

			assertThat(responses).allSatisfy((response) -> assertThat(response.join().statusCode()).isEqualTo(201));
			assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(2));
			assertThat(this.simulator.messages()).hasSize(20);
		}
	}

}
