package com.spautopia.notification.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The parameters of a signed webhook request, checked before anything is done with them:
 * a valid signature only says Twilio sent them, not that they are what this service can
 * act on. Whatever is wrong is a 400 problem naming every parameter at fault.
 */
final class WebhookParameters {

	private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private static final Pattern SID = Pattern.compile("[A-Z]{2}[0-9A-Za-z]{1,62}");

	private static final Pattern ERROR_CODE = Pattern.compile("[0-9]{1,10}");

	// this service's ids join booking ids, plans and instants: printable ASCII, bounded
	private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7E]{1,300}");

	private static final int MAX_BODY = 1600;

	private static final Set<String> STATUSES = Set.of("queued", "sending", "sent", "delivered", "undelivered",
			"failed", "accepted", "scheduled", "canceled", "read", "receiving", "received");

	private final Map<String, @Nullable String> values;

	private final List<Map<String, String>> errors = new ArrayList<>();

	private WebhookParameters(Map<String, @Nullable String> values) {
		this.values = values;
	}

	static WebhookParameters of(Map<String, @Nullable String> values) {
		return new WebhookParameters(values);
	}

	WebhookParameters phone(String name, boolean required) {
		return check(name, required, PHONE, "must be a phone number in E.164 form");
	}

	WebhookParameters sid(String name, boolean required) {
		return check(name, required, SID, "must be a Twilio SID");
	}

	WebhookParameters messageId(String name) {
		return check(name, true, MESSAGE_ID, "must be this service's message id");
	}

	WebhookParameters errorCode(String name) {
		return check(name, false, ERROR_CODE, "must be a Twilio error code");
	}

	WebhookParameters status(String name) {
		String value = this.values.get(name);
		if (value == null) {
			return reject(name, "is required");
		}
		return STATUSES.contains(value) ? this : reject(name, "must be a Twilio message status");
	}

	WebhookParameters body(String name) {
		String value = this.values.get(name);
		if (value == null) {
			return reject(name, "is required");
		}
		return (value.length() <= MAX_BODY) ? this : reject(name, "must be at most " + MAX_BODY + " characters");
	}

	/**
	 * Throws the problem if any parameter is at fault.
	 * @throws ErrorResponseException (400) naming every parameter at fault
	 */
	void requireValid() {
		if (this.errors.isEmpty()) {
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The webhook request has invalid parameters.");
		problem.setTitle("Invalid webhook parameters");
		problem.setProperty("errors", this.errors);
		throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	private WebhookParameters check(String name, boolean required, Pattern pattern, String message) {
		String value = this.values.get(name);
		if (value == null) {
			return required ? reject(name, "is required") : this;
		}
		return pattern.matcher(value).matches() ? this : reject(name, message);
	}

	private WebhookParameters reject(String name, String message) {
		this.errors.add(Map.of("field", name, "message", message));
		return this;
	}

}
