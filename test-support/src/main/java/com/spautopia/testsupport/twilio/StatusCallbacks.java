package com.spautopia.testsupport.twilio;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.spautopia.testsupport.twilio.FaultPlan.DeliveryFailure;

/**
 * Moves accepted messages through {@code sent} to their final status and, when the
 * message asked for it, posts a signed status callback for each step.
 */
final class StatusCallbacks implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(StatusCallbacks.class);

	private final String accountSid;

	private final String authToken;

	private final MessageStore store;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient client;

	private volatile Duration delay = Duration.ofMillis(50);

	StatusCallbacks(String accountSid, String authToken, MessageStore store) {
		this.accountSid = accountSid;
		this.authToken = authToken;
		this.store = store;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(this.executor)
			.build();
	}

	void delay(Duration delay) {
		this.delay = delay;
	}

	void deliver(SimulatedSms sms, @Nullable DeliveryFailure failure) {
		deliver(sms, failure, false);
	}

	/**
	 * Moves a message on; when disordered, as Twilio warns its callbacks may arrive (out
	 * of order, and more than once), the final status is posted first, then {@code sent},
	 * then each again.
	 * @param sms the accepted message
	 * @param failure how its delivery fails, if it does
	 * @param disordered whether to post its callbacks out of order and twice
	 */
	void deliver(SimulatedSms sms, @Nullable DeliveryFailure failure, boolean disordered) {
		if (disordered) {
			this.executor.execute(() -> deliverDisordered(sms, failure));
			return;
		}
		this.executor.execute(() -> {
			try {
				Thread.sleep(this.delay);
				advance(sms, "sent", null);
				Thread.sleep(this.delay);
				if (failure == null) {
					advance(sms, "delivered", null);
				}
				else {
					advance(sms, failure.status(), failure.errorCode());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	private void deliverDisordered(SimulatedSms sms, @Nullable DeliveryFailure failure) {
		String finalStatus = (failure != null) ? failure.status() : "delivered";
		Integer errorCode = (failure != null) ? failure.errorCode() : null;
		try {
			Thread.sleep(this.delay);
			this.store.updateStatus(sms.sid(), "sent");
			this.store.updateStatus(sms.sid(), finalStatus);
			String url = sms.statusCallback();
			if (url == null) {
				return;
			}
			post(url, params(sms, finalStatus, errorCode), sms);
			post(url, params(sms, "sent", null), sms);
			post(url, params(sms, finalStatus, errorCode), sms);
			post(url, params(sms, "sent", null), sms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void advance(SimulatedSms sms, String status, @Nullable Integer errorCode) throws InterruptedException {
		this.store.updateStatus(sms.sid(), status);
		String url = sms.statusCallback();
		if (url != null) {
			post(url, params(sms, status, errorCode), sms);
		}
	}

	private Map<String, String> params(SimulatedSms sms, String status, @Nullable Integer errorCode) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", sms.sid());
		params.put("SmsSid", sms.sid());
		params.put("AccountSid", this.accountSid);
		params.put("MessageStatus", status);
		params.put("SmsStatus", status);
		params.put("To", sms.to());
		if (sms.from() != null) {
			params.put("From", sms.from());
		}
		if (sms.messagingServiceSid() != null) {
			params.put("MessagingServiceSid", sms.messagingServiceSid());
		}
		params.put("ApiVersion", MessageResource.API_VERSION);
		if (errorCode != null) {
			params.put("ErrorCode", String.valueOf(errorCode));
		}
		return params;
	}

	private void post(String url, Map<String, String> params, SimulatedSms sms) throws InterruptedException {
		try {
			int status = SignedForms.post(this.client, this.authToken, url, params);
			if (status >= 400) {
				logger.warn("Status callback {} for {} to {} answered HTTP {}", params.get("MessageStatus"), sms.sid(),
						PhoneNumbers.mask(sms.to()), status);
			}
		}
		catch (InterruptedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			logger.warn("Status callback {} for {} to {} failed: {}", params.get("MessageStatus"), sms.sid(),
					PhoneNumbers.mask(sms.to()), ex.toString());
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		this.client.shutdownNow();
	}

}
