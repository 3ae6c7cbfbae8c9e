package com.spautopia.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small JSON-over-HTTP client for the system test.
 */
final class JsonHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	JsonNode get(String url) {
		return expect(200, send(HttpRequest.newBuilder(URI.create(url)).GET()), "GET " + url);
	}

	JsonNode get(String url, String bearerToken) {
		return expect(200,
				send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearerToken)),
				"GET " + url);
	}

	int status(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode();
	}

	/**
	 * An access token from the issuer for a machine client (client credentials grant).
	 * @param issuer the issuer's base URL
	 * @param client the client id
	 * @param secret the client secret
	 * @return the access token
	 */
	String clientToken(String issuer, String client, String secret) {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((client + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
		return expect(200, send(request), "POST " + issuer + "/oauth2/token").path("access_token").asText();
	}

	JsonNode post(String url, Map<String, String> headers, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body)));
		headers.forEach(request::header);
		return expect(201, send(request), "POST " + url);
	}

	JsonNode postExpecting(int status, String url, Map<String, String> headers, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body)));
		headers.forEach(request::header);
		return expect(status, send(request), "POST " + url);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError("HTTP request failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", ex);
		}
	}

	private static JsonNode expect(int status, HttpResponse<String> response, String request) {
		assertThat(response.statusCode()).as("%s answered %s", request, response.body()).isEqualTo(status);
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new AssertionError(request + " did not answer JSON: " + response.body(), ex);
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
