package com.spautopia.notification.webhook;

import java.util.Map;
import java.util.UUID;

import com.spautopia.notification.sms.TwilioWebhooks;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhook for SMS clients send to the spa's number:
 * {@code POST /twilio/inbound}, answered with TwiML (a {@code <Message>} reply, or none).
 */
@RestController
class InboundSmsController {

	private final TwilioSignatures signatures;

	private final InboundReplies replies;

	InboundSmsController(TwilioSignatures signatures, InboundReplies replies) {
		this.signatures = signatures;
		this.replies = replies;
	}

	@PostMapping(path = TwilioWebhooks.INBOUND_PATH, consumes = "application/x-www-form-urlencoded")
	ResponseEntity<?> inbound(HttpServletRequest request) throws TwiMLException {
		Map<String, String> parameters = this.signatures.verify(request, TwilioWebhooks.INBOUND_PATH);
		WebhookParameters.of(parameters)
			.phone("From", true)
			.phone("To", false)
			.body("Body")
			.sid("MessageSid", false)
			.requireValid();
		String from = parameters.get("From");
		String body = parameters.get("Body");
		if (from == null || body == null) {
			return ResponseEntity
				.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "An inbound SMS needs From and Body"))
				.build();
		}
		String messageSid = parameters.getOrDefault("MessageSid", UUID.randomUUID().toString());
		String reply = this.replies.handle(messageSid, from, body);
		MessagingResponse.Builder twiml = new MessagingResponse.Builder();
		if (reply != null) {
			twiml.message(new Message.Builder().body(new Body.Builder(reply).build()).build());
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml.build().toXml());
	}

}
