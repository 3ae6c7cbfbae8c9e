package com.spautopia.notification.sms;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.Header;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's HTTP client, making exactly one request per call and remembering for the
 * calling thread the {@code Retry-After} of the last 429 or 5xx answer: the SDK's
 * {@code ApiException} does not carry it.
 * <p>
 * The SDK would otherwise send a request up to three times, 100 ms apart, on a 5xx
 * ({@code HttpClient.reliableRequest}): no jitter, no {@code Retry-After}, and multiplied
 * by the dispatcher's retries. The dispatcher's retry policy is the only retry.
 * <p>
 * Each request is observed ({@code spa.twilio.requests}, tagged with its method and
 * answer status) as a client span of the current trace, whose W3C {@code traceparent} it
 * carries as a header.
 */
class RetryAfterHttpClient extends NetworkHttpClient {

	private static final ThreadLocal<@Nullable Duration> retryAfter = new ThreadLocal<>();

	private final ObservationRegistry observations;

	RetryAfterHttpClient(HttpClientBuilder builder, ObservationRegistry observations) {
		super(builder);
		this.observations = observations;
	}

	@Override
	protected boolean shouldRetry(@Nullable Response response, int[] retryCodes) {
		return false;
	}

	@Override
	public Response makeRequest(Request request) {
		Observation observation = Observation.createNotStarted("spa.twilio.requests", () -> {
			SenderContext<Request> context = new SenderContext<>(Request::addHeaderParam, Kind.CLIENT);
			context.setCarrier(request);
			context.setRemoteServiceName("twilio");
			return context;
		}, this.observations)
			.contextualName("twilio " + request.getMethod())
			.lowCardinalityKeyValue("method", String.valueOf(request.getMethod()))
			.lowCardinalityKeyValue("status", "NONE")
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			Response response = super.makeRequest(request);
			int status = response.getStatusCode();
			observation.lowCardinalityKeyValue("status", String.valueOf(status));
			retryAfter.set((status == 429 || status >= 500) ? parse(response.getHeaders()) : null);
			return response;
		}
		catch (RuntimeException ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Returns and forgets the {@code Retry-After} the last answer on this thread asked
	 * for.
	 * @return the delay, or {@code null} if none was asked for
	 */
	static @Nullable Duration takeRetryAfter() {
		Duration value = retryAfter.get();
		retryAfter.remove();
		return value;
	}

	static @Nullable Duration parse(Header @Nullable [] headers) {
		if (headers == null) {
			return null;
		}
		for (Header header : headers) {
			if ("Retry-After".equalsIgnoreCase(header.getName()) && header.getValue() != null) {
				return parse(header.getValue().strip());
			}
		}
		return null;
	}

	private static @Nullable Duration parse(String value) {
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			try {
				Duration until = Duration.between(ZonedDateTime.now(),
						ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
