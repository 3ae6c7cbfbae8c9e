package com.spautopia.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.notification.sms.TwilioProperties;
import com.spautopia.notification.sms.TwilioWebhooks;
import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Checks that a webhook request comes from Twilio: its {@code X-Twilio-Signature} must be
 * the HMAC-SHA1, keyed with the auth token, of the URL Twilio called plus the POST
 * parameters. That URL is the public one, {@code spa.twilio.status-callback-base-url}
 * plus the path and query (behind a proxy the service cannot see it), or the request's
 * own URL when no base URL is configured.
 */
@Component
class TwilioSignatures {

	static final String HEADER = "X-Twilio-Signature";

	private static final Logger logger = LoggerFactory.getLogger(TwilioSignatures.class);

	private final RequestValidator validator;

	private final TwilioProperties properties;

	TwilioSignatures(TwilioProperties properties) {
		this.validator = new RequestValidator(properties.authToken());
		this.properties = properties;
	}

	/**
	 * Verifies a webhook request.
	 * @param request the request
	 * @param path the webhook's path
	 * @return the POST parameters Twilio signed
	 * @throws ErrorResponseException (403) if the signature is missing or wrong
	 */
	Map<String, String> verify(HttpServletRequest request, String path) {
		String query = request.getQueryString();
		String url = baseUrl(request, path) + ((query != null) ? "?" + query : "");
		Map<String, String> parameters = postParameters(request, query);
		String signature = request.getHeader(HEADER);
		if (!StringUtils.hasText(signature) || !this.validator.validate(url, parameters, signature)) {
			logger.warn("Rejected a request to {} without a valid {}", path, HEADER);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"The request has no valid " + HEADER + " for " + path);
			problem.setTitle("Invalid Twilio signature");
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
		}
		return parameters;
	}

	private String baseUrl(HttpServletRequest request, String path) {
		String base = this.properties.statusCallbackBaseUrl();
		return StringUtils.hasText(base) ? TwilioWebhooks.publicUrl(base, path) : request.getRequestURL().toString();
	}

	private static Map<String, String> postParameters(HttpServletRequest request, String query) {
		// names as the request decodes them, so that an encoded name (a%5Bb%5D) is not
		// taken
		// for a POST parameter
		Set<String> inQuery = (query != null) ? UriComponentsBuilder.fromUriString("?" + query)
			.build()
			.getQueryParams()
			.keySet()
			.stream()
			.map((name) -> UriUtils.decode(name, StandardCharsets.UTF_8))
			.collect(Collectors.toSet()) : Set.of();
		Map<String, String> parameters = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!inQuery.contains(name) && values.length > 0) {
				parameters.put(name, values[0]);
			}
		});
		return parameters;
	}

}
