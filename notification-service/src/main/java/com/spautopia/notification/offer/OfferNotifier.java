package com.spautopia.notification.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.notification.Purpose;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.notification.consent.EmailOptOuts;
import com.spautopia.notification.consent.QuietHours;
import com.spautopia.notification.consent.RecipientZones;
import com.spautopia.notification.consent.SmsOptOuts;
import com.spautopia.notification.content.AppointmentFormat;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.message.MessageContent;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.NotificationRequest.References;
import com.spautopia.notification.message.Notifications;
import com.spautopia.notification.unsubscribe.UnsubscribeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends an offer through the channels it names for which the client gave marketing
 * consent (never by SMS to a number that opted out, nor by email to a client who
 * unsubscribed), after the quiet hours of the client's time zone if it arrives during
 * them, and not after the offer ends. The email carries an unsubscribe link and one-click
 * {@code List-Unsubscribe}. An offer without a campaign is a loyalty reward the client
 * earned, not marketing: without marketing consent it still goes by SMS where the client
 * accepts service SMS, and by email.
 */
@Component
class OfferNotifier {

	private static final Logger logger = LoggerFactory.getLogger(OfferNotifier.class);

	private static final String DAY = "EEE d MMM uuuu";

	private static final int MAX_SMS_SEGMENTS = 2;

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	private final Notifications notifications;

	private final SmsOptOuts optOuts;

	private final RecipientZones zones;

	private final QuietHours quietHours;

	private final Clock clock;

	private final EmailOptOuts emailOptOuts;

	private final UnsubscribeLinks unsubscribeLinks;

	OfferNotifier(MessageTemplates templates, NotificationProperties properties, Notifications notifications,
			SmsOptOuts optOuts, RecipientZones zones, QuietHours quietHours, Clock clock, EmailOptOuts emailOptOuts,
			UnsubscribeLinks unsubscribeLinks) {
		this.templates = templates;
		this.properties = properties;
		this.notifications = notifications;
		this.optOuts = optOuts;
		this.zones = zones;
		this.quietHours = quietHours;
		this.clock = clock;
		this.emailOptOuts = emailOptOuts;
		this.unsubscribeLinks = unsubscribeLinks;
	}

	void onOffer(String eventId, OfferIssued offer) {
		Instant now = this.clock.instant();
		if (!now.isBefore(offer.validUntil())) {
			logger.info("Offer {} ended at {}: not sent", offer.offerId(), offer.validUntil());
			return;
		}
		ClientSnapshot client = offer.client();
		ZoneId zone = this.zones.zoneOf(client.phone());
		Instant notBefore = this.quietHours.deferral(now, zone).orElse(now);
		RenderedMessage rendered = render(offer, zone);
		References references = new References(null, client.clientId(), offer.campaignId());
		List<NotificationRequest> requests = new ArrayList<>();
		boolean reward = offer.campaignId() == null;
		boolean smsConsent = client.consents().marketingSms() || (reward && client.consents().transactionalSms());
		if (offer.channels().contains(Channel.SMS) && smsConsent && !this.optOuts.isOptedOut(client.phone())) {
			requests.add(new NotificationRequest(eventId, Channel.SMS, Purpose.OFFER, client.phone(),
					MessageContent.sms(rendered.sms()), references, notBefore, offer.validUntil(), zone.getId(), null));
		}
		String email = client.email();
		boolean emailConsent = client.consents().marketingEmail() || reward;
		if (offer.channels().contains(Channel.EMAIL) && emailConsent && email != null
				&& !this.emailOptOuts.isOptedOut(client.clientId())) {
			// how to announce an unsubscribe from this email by number, as opt-outs are
			this.emailOptOuts.remember(client.clientId(), client.phone(), email);
			MessageContent content = MessageContent
				.email(rendered.emailSubject(), rendered.emailText(), rendered.emailHtml())
				.withListUnsubscribe(this.unsubscribeLinks.listUnsubscribe(client.clientId()));
			requests.add(new NotificationRequest(eventId, Channel.EMAIL, Purpose.OFFER, email, content, references,
					notBefore, offer.validUntil(), zone.getId(), null));
		}
		if (requests.isEmpty()) {
			logger.info("Offer {} not sent: no {} consent for its channels {}", offer.offerId(),
					reward ? "service" : "marketing", offer.channels());
		}
		else if (notBefore.isAfter(now)) {
			logger.info("Offer {} deferred to {} (quiet hours in {})", offer.offerId(), notBefore, zone);
		}
		this.notifications.submit(requests);
	}

	/**
	 * The offer in the client's language (the campaign's own text as marketing wrote it,
	 * in the platform's frame); a reward says why the client gets it.
	 */
	private RenderedMessage render(OfferIssued offer, ZoneId zone) {
		Locale locale = this.properties.locale(offer.client().language());
		Map<String, Object> variables = new HashMap<>();
		variables.put("spaName", this.properties.spaName());
		variables.put("firstName", AppointmentFormat.firstName(offer.client().name()));
		variables.put("message", offer.message());
		variables.put("promoCode", offer.promoCode());
		variables.put("validUntil", DateTimeFormatter.ofPattern(DAY, locale).format(offer.validUntil().atZone(zone)));
		variables.put("unsubscribeUrl", this.unsubscribeLinks.url(offer.client().clientId()));
		variables.put("reward", offer.campaignId() == null);
		return this.templates.renderMessage("offer", variables, MAX_SMS_SEGMENTS, locale);
	}

}
