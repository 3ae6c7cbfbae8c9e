package com.spautopia.booking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.FreeTime;
import org.jspecify.annotations.Nullable;
import com.spautopia.events.EventJson;

/**
 * The booking API as a client uses it over HTTP, for tests.
 */
public final class BookingApi {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final @Nullable String token;

	public BookingApi(int port) {
		this("http://localhost:" + port, null);
	}

	private BookingApi(String base, @Nullable String token) {
		this.base = base;
		this.token = token;
	}

	/**
	 * The same API called by a member of staff (a real signed access token).
	 * @return the API as staff
	 */
	public BookingApi staff() {
		return as(TestTokens.staff());
	}

	/**
	 * The same API called with an access token.
	 * @param token the access token
	 * @return the API with that token
	 */
	public BookingApi as(String token) {
		return new BookingApi(this.base, token);
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	public Response getWithHeaders(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	public Response put(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json)));
	}

	public Response post(String path, String json, String idempotencyKey) {
		return postWithHeaders(path, json,
				(idempotencyKey != null) ? Map.of("Idempotency-Key", idempotencyKey) : Map.of());
	}

	public Response postWithHeaders(String path, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	/**
	 * The first free start of a treatment at least three days ahead, on an ordinary
	 * Tuesday to Friday (when every seeded therapist works), whatever today is.
	 * @param treatmentId the treatment
	 * @param therapistId a therapist, or null for any
	 * @return the slot JSON: start, end, therapistId, therapistName
	 */
	public JsonNode firstFreeSlot(String treatmentId, String therapistId) {
		return FreeTime.at(this.base)
			.firstSlot(treatmentId, therapistId, 3, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY);
	}

	public static String bookingJson(String treatmentId, String start, String name, String phone) {
		return """
				{"treatmentId": "%s", "start": "%s",
				 "client": {"name": "%s", "phone": "%s", "email": "ada@example.com",
				            "smsConsent": true, "marketingConsent": false}}
				""".formatted(treatmentId, start, name, phone);
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).DELETE());
	}

	public Response deleteWithHeaders(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).DELETE();
		headers.forEach(request::header);
		return send(request);
	}

	private Response send(HttpRequest.Builder request) {
		if (this.token != null) {
			request.header("Authorization", TestTokens.bearer(this.token));
		}
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP answer.
	 *
	 * @param status the status code
	 * @param body the body
	 * @param contentType the content type
	 * @param headers the response headers
	 */
	public record Response(int status, String body, String contentType, Map<String, List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.flatMap((header) -> header.getValue().stream())
				.findFirst()
				.orElse("");
		}

		public JsonNode json() {
			try {
				return EventJson.mapper().readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

	}

}
