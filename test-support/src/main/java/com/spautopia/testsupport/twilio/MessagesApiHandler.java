package com.spautopia.testsupport.twilio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}: authenticates, validates
 * and records a message, then hands it to the status callbacks.
 */
final class MessagesApiHandler implements HttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(MessagesApiHandler.class);

	private static final Pattern MESSAGES_PATH = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private final String accountSid;

	private final String expectedAuthorization;

	private final FaultPlan faults;

	private final MessageStore store;

	private final StatusCallbacks callbacks;

	private final MessagesListHandler list;

	MessagesApiHandler(String accountSid, String authToken, FaultPlan faults, MessageStore store,
			StatusCallbacks callbacks, MessagesListHandler list) {
		this.accountSid = accountSid;
		this.expectedAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
		this.faults = faults;
		this.store = store;
		this.callbacks = callbacks;
		this.list = list;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.faults.delay();
			respond(exchange);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.error("Simulator failed to handle {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), ex);
			HttpExchanges.sendError(exchange, TwilioError.forStatus(500));
		}
	}

	private void respond(HttpExchange exchange) throws IOException, InterruptedException {
		TwilioError injected = this.faults.takeInjectedFailure();
		if (injected != null) {
			if (injected.httpStatus() == 429) {
				exchange.getResponseHeaders().set("Retry-After", String.valueOf(this.faults.retryAfterSeconds()));
			}
			logger.info("Simulator injects HTTP {} for {}", injected.httpStatus(), exchange.getRequestURI().getPath());
			HttpExchanges.sendError(exchange, injected);
			return;
		}
		if (!this.expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
			HttpExchanges.sendError(exchange, TwilioError.authenticate());
			return;
		}
		String path = exchange.getRequestURI().getPath();
		Matcher matcher = MESSAGES_PATH.matcher(path);
		if (!matcher.matches() || !matcher.group(1).equals(this.accountSid)) {
			HttpExchanges.sendError(exchange, TwilioError.notFound(path));
			return;
		}
		if ("GET".equals(exchange.getRequestMethod())) {
			HttpExchanges.sendJson(exchange, 200, this.list.page(exchange.getRequestURI().getRawQuery()));
			return;
		}
		if (!"POST".equals(exchange.getRequestMethod())) {
			HttpExchanges.sendError(exchange, TwilioError.methodNotAllowed());
			return;
		}
		create(exchange, HttpExchanges.readForm(exchange), exchange.getRequestHeaders().getFirst("traceparent"));
	}

	private void create(HttpExchange exchange, Map<String, String> form, @Nullable String traceparent)
			throws IOException, InterruptedException {
		TwilioError error = validate(form);
		if (error != null) {
			String to = form.getOrDefault("To", "");
			String reason = to.isBlank() ? error.message() : error.message().replace(to, PhoneNumbers.mask(to));
			logger.info("Simulator rejects SMS to {}: {} {}", PhoneNumbers.mask(to), error.code(), reason);
			HttpExchanges.sendError(exchange, error);
			return;
		}
		SimulatedSms sms = new SimulatedSms("SM" + UUID.randomUUID().toString().replace("-", ""),
				blankToNull(form.get("From")), blankToNull(form.get("MessagingServiceSid")), form.get("To"),
				form.get("Body"), blankToNull(form.get("StatusCallback")), "queued", Instant.now(), traceparent, null,
				validityPeriod(form));
		this.store.add(sms);
		logger.debug("Simulator accepted SMS {} to {} ({} segments)", sms.sid(), PhoneNumbers.mask(sms.to()),
				Segments.count(sms.body()));
		this.faults.awaitAnswerRelease();
		HttpExchanges.sendJson(exchange, 201, MessageResource.toJson(sms, this.accountSid));
		this.callbacks.deliver(sms, this.faults.deliveryFailure(sms.to()), this.faults.callbacksDisordered());
	}

	private @Nullable TwilioError validate(Map<String, String> form) {
		String to = form.get("To");
		if (to == null || to.isBlank()) {
			return TwilioError.missingTo();
		}
		if (!PhoneNumbers.isE164(to)) {
			return TwilioError.invalidTo(to);
		}
		if (blankToNull(form.get("From")) == null && blankToNull(form.get("MessagingServiceSid")) == null) {
			return TwilioError.missingFrom();
		}
		if (form.get("Body") == null || form.get("Body").isEmpty()) {
			return TwilioError.missingBody();
		}
		String validity = blankToNull(form.get("ValidityPeriod"));
		if (validity != null && !isValidityPeriod(validity)) {
			return TwilioError.invalidValidityPeriod(validity);
		}
		return this.faults.rejection(to);
	}

	private static boolean isValidityPeriod(String value) {
		return value.matches("\\d{1,5}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 36_000;
	}

	private static @Nullable Integer validityPeriod(Map<String, String> form) {
		String value = blankToNull(form.get("ValidityPeriod"));
		return (value != null) ? Integer.valueOf(value) : null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
