package com.spautopia.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The chaos clients' HTTP: JSON in and out, every failure an answer (status 0 when the
 * request itself failed), never an exception, since failing requests are part of the run.
 */
final class ChaosHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * An answer.
	 *
	 * @param status the HTTP status, 0 when no answer came
	 * @param body the body as JSON, missing when it was none
	 */
	record Answer(int status, JsonNode body) {

		boolean is(int expected) {
			return this.status == expected;
		}

	}

	Answer get(String url, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	Answer post(String url, Map<String, String> headers, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body)));
		headers.forEach(request::header);
		return send(request);
	}

	String clientToken(String issuer, String client, String secret) {
		String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
		Answer answer = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
		if (!answer.is(200)) {
			throw new IllegalStateException("No token for " + client + ": " + answer);
		}
		return answer.body().path("access_token").asText();
	}

	static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), parse(response.body()));
		}
		catch (IOException ex) {
			return new Answer(0, MissingNode.getInstance());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(0, MissingNode.getInstance());
		}
	}

	private static JsonNode parse(String body) {
		try {
			return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
		}
		catch (IOException ex) {
			return MissingNode.getInstance();
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
