package com.spautopia.testsupport.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.spautopia.testsupport.security.TestTokens;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests exactly as given (any bytes, any content type) to a running service,
 * with an access token when one is given.
 */
public final class RawHttp {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final @Nullable String token;

	/**
	 * A client of one service.
	 * @param baseUrl such as {@code http://localhost:8081}
	 * @param token the access token to send, or none
	 */
	public RawHttp(String baseUrl, @Nullable String token) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.token = token;
	}

	public HttpAnswer get(String pathAndQuery) {
		return send("GET", pathAndQuery, null, new byte[0], Map.of());
	}

	public HttpAnswer send(String method, String pathAndQuery, MalformedBody body) {
		return send(method, pathAndQuery, body.contentType(), body.body(), Map.of());
	}

	/**
	 * Sends one request.
	 * @param method the HTTP method
	 * @param pathAndQuery the path, and the query if any, already encoded
	 * @param contentType the {@code Content-Type}, or none
	 * @param body the body
	 * @param headers further headers
	 * @return the answer
	 */
	public HttpAnswer send(String method, String pathAndQuery, @Nullable String contentType, byte[] body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body.length > 0) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.token != null) {
			request.header("Authorization", TestTokens.bearer(this.token));
		}
		headers.forEach(request::header);
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofByteArray());
			return new HttpAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + pathAndQuery + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
