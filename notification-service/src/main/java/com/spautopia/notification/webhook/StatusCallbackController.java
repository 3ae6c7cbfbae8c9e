package com.spautopia.notification.webhook;

import java.util.HashMap;
import java.util.Map;

import com.spautopia.notification.message.DeliveryReports;
import com.spautopia.notification.sms.TwilioWebhooks;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's status callbacks for the SMS this service sent:
 * {@code POST /twilio/status?message=<id>}.
 */
@RestController
class StatusCallbackController {

	private static final Logger logger = LoggerFactory.getLogger(StatusCallbackController.class);

	private final TwilioSignatures signatures;

	private final DeliveryReports reports;

	StatusCallbackController(TwilioSignatures signatures, DeliveryReports reports) {
		this.signatures = signatures;
		this.reports = reports;
	}

	@PostMapping(path = TwilioWebhooks.STATUS_PATH, consumes = "application/x-www-form-urlencoded")
	ResponseEntity<?> status(HttpServletRequest request) {
		Map<String, String> parameters = this.signatures.verify(request, TwilioWebhooks.STATUS_PATH);
		String messageId = request.getParameter(TwilioWebhooks.MESSAGE_PARAMETER);
		String sid = parameters.get("MessageSid");
		String status = parameters.getOrDefault("MessageStatus", parameters.get("SmsStatus"));
		Map<String, @Nullable String> checked = new HashMap<>(parameters);
		checked.put(TwilioWebhooks.MESSAGE_PARAMETER, messageId);
		checked.put("MessageStatus", status);
		WebhookParameters.of(checked)
			.messageId(TwilioWebhooks.MESSAGE_PARAMETER)
			.sid("MessageSid", true)
			.status("MessageStatus")
			.errorCode("ErrorCode")
			.requireValid();
		if (!this.reports.report(messageId, sid, status, parameters.get("ErrorCode"))) {
			logger.warn("Status {} of {} for a message this service does not know: {}", status, sid, messageId);
		}
		return ResponseEntity.noContent().build();
	}

}
