package com.spautopia.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Asks a Spring Boot actuator health endpoint whether the application is UP.
 */
final class HealthProbe {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final URI uri;

	HealthProbe(URI uri) {
		this.uri = uri;
	}

	URI uri() {
		return this.uri;
	}

	boolean isUp() {
		HttpRequest request = HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(3)).GET().build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && "UP".equals(JSON.readTree(response.body()).path("status").asText());
		}
		catch (IOException ex) {
			// not listening yet, or not JSON yet: not up
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
