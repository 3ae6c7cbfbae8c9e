package com.spautopia.notification.confirmation;

import java.util.ArrayList;
import java.util.List;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.email.EmailSender;
import com.spautopia.notification.message.Deliveries;
import com.spautopia.notification.message.DeliveryOutcome;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tells a client their appointment is confirmed: by SMS if they consented to
 * transactional SMS, and by email if they gave an address.
 */
@Component
public class ConfirmationNotifier {

	private static final Logger logger = LoggerFactory.getLogger(ConfirmationNotifier.class);

	private final ConfirmationMessages messages;

	private final Deliveries deliveries;

	private final SmsSender smsSender;

	private final EmailSender emailSender;

	ConfirmationNotifier(ConfirmationMessages messages, Deliveries deliveries, SmsSender smsSender,
			EmailSender emailSender) {
		this.messages = messages;
		this.deliveries = deliveries;
		this.smsSender = smsSender;
		this.emailSender = emailSender;
	}

	/**
	 * Sends the confirmation messages of an appointment, each at most once per event.
	 * @param eventId the CloudEvents id of the {@link AppointmentConfirmed} event
	 * @param event the event
	 * @throws DeliveryException (retryable) when a message failed in a way that may pass
	 * if the event is delivered again
	 */
	public void onConfirmed(String eventId, AppointmentConfirmed event) {
		ConfirmationContent content = this.messages.render(event);
		ClientSnapshot client = event.client();
		List<DeliveryOutcome> outcomes = new ArrayList<>();
		if (client.consents().transactionalSms()) {
			NotificationRequest sms = request(eventId, event, Channel.SMS, client.phone(), content.sms());
			outcomes.add(this.deliveries.deliver(sms, () -> this.smsSender.send(client.phone(), content.sms())));
		}
		else {
			logger.debug("No SMS confirmation for booking {}: no transactional SMS consent", event.bookingId());
		}
		String email = client.email();
		if (StringUtils.hasText(email)) {
			NotificationRequest mail = request(eventId, event, Channel.EMAIL, email, content.emailText());
			outcomes.add(this.deliveries.deliver(mail, () -> this.emailSender.send(content.email(email))));
		}
		if (outcomes.stream().anyMatch(DeliveryOutcome::isRetryable)) {
			throw new DeliveryException(
					"Confirmation of booking " + event.bookingId() + " not fully delivered; the event will be retried",
					true);
		}
	}

	private static NotificationRequest request(String eventId, AppointmentConfirmed event, Channel channel,
			String recipient, String body) {
		return new NotificationRequest(eventId, event.bookingId(), event.client().clientId(), channel,
				Purpose.CONFIRMATION, recipient, body);
	}

}
