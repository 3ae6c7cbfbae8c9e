package com.spautopia.notification.waitlist;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.notification.content.AppointmentFormat;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;

import org.springframework.stereotype.Component;

/**
 * Renders a waitlist offer from {@code templates/notification/waitlist-offer/} in the
 * client's language: the treatment, therapist, day and time in the spa's zone, the claim
 * link and until when the time is held.
 */
@Component
class WaitlistOfferTexts {

	/** The claim link is long: the SMS may take three segments. */
	static final int MAX_SMS_SEGMENTS = 3;

	private static final String HELD_UNTIL = "HH:mm";

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	WaitlistOfferTexts(MessageTemplates templates, NotificationProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/**
	 * The offer's texts.
	 * @param offer the offer
	 * @param claimUrl its claim link, opened
	 * @return the SMS and the email
	 */
	RenderedMessage render(WaitlistOfferMade offer, String claimUrl) {
		Locale locale = this.properties.locale(offer.client().language());
		AppointmentDetails offered = offer.offered();
		ZoneId zone = AppointmentFormat.spaZone(offered);
		Map<String, Object> variables = new HashMap<>();
		variables.put("spaName", this.properties.spaName());
		variables.put("firstName", AppointmentFormat.firstName(offer.client().name()));
		variables.put("treatment", offered.treatmentName());
		variables.put("therapist", offered.therapistName());
		variables.put("start", AppointmentFormat.localTime(offered.start().toInstant(), zone, locale));
		variables.put("claimUrl", claimUrl);
		variables.put("heldUntil",
				DateTimeFormatter.ofPattern(HELD_UNTIL, locale).format(offer.expiresAt().atZone(zone)));
		return this.templates.renderMessage("waitlist-offer", variables, MAX_SMS_SEGMENTS, locale);
	}

}
