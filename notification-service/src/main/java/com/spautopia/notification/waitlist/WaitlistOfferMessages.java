package com.spautopia.notification.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.consent.RecipientZones;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.message.MessageContent;
import com.spautopia.notification.message.NotificationRequest;
import com.spautopia.notification.message.NotificationRequest.References;
import com.spautopia.notification.message.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells a waiting client about freed time held for them: by SMS where they accept service
 * SMS (never to a number that opted out: checked when it is sent), and by email if they
 * gave one, with the one-tap claim link and until when the time is held. The messages
 * respect the quiet hours of the client's zone and are never sent once the offer has
 * expired; when the offer ends (claimed, expired, withdrawn) those not sent yet are
 * withdrawn.
 */
@Component
public class WaitlistOfferMessages {

	private static final Logger logger = LoggerFactory.getLogger(WaitlistOfferMessages.class);

	private final WaitlistOfferTexts texts;

	private final Notifications notifications;

	private final RecipientZones zones;

	private final SealedLinks links;

	private final Clock clock;

	WaitlistOfferMessages(WaitlistOfferTexts texts, Notifications notifications, RecipientZones zones,
			SealedLinks links, Clock clock) {
		this.texts = texts;
		this.notifications = notifications;
		this.zones = zones;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * The messages an offer calls for, to submit with others; their ids derive from the
	 * event's, so a redelivered offer sends nothing new.
	 * @param eventId the event's CloudEvents id
	 * @param offer the offer
	 * @return its messages (none if it has expired, its link does not open, or the client
	 * can be reached by neither channel)
	 */
	public List<NotificationRequest> messages(String eventId, WaitlistOfferMade offer) {
		Instant now = this.clock.instant();
		Set<Channel> channels = channels(offer, now);
		if (channels.isEmpty()) {
			logger.info("Waitlist offer {} not sent: {}", offer.offerId(), now.isBefore(offer.expiresAt())
					? "no SMS consent and no email" : "it expired at " + offer.expiresAt());
			return List.of();
		}
		String claimUrl = claimUrl(offer);
		if (claimUrl == null) {
			return List.of();
		}
		ClientSnapshot client = offer.client();
		String zone = this.zones.zoneOf(client.phone()).getId();
		References references = References.waitlistOffer(offer.bookingId(), client.clientId(), offer.offerId());
		RenderedMessage rendered = this.texts.render(offer, claimUrl);
		List<NotificationRequest> requests = new ArrayList<>();
		if (channels.contains(Channel.SMS)) {
			requests.add(new NotificationRequest(eventId, Channel.SMS, Purpose.WAITLIST_OFFER, client.phone(),
					MessageContent.sms(rendered.sms()), references, now, offer.expiresAt(), zone, null));
		}
		if (channels.contains(Channel.EMAIL)) {
			requests.add(new NotificationRequest(eventId, Channel.EMAIL, Purpose.WAITLIST_OFFER,
					Objects.requireNonNull(client.email()),
					MessageContent.email(rendered.emailSubject(), rendered.emailText(), rendered.emailHtml()),
					references, now, offer.expiresAt(), zone, null));
		}
		return requests;
	}

	/**
	 * The channels an offer goes through: none once it has expired; SMS if the client
	 * accepts service SMS (they asked to be told); email if they gave an address.
	 * @param offer the offer
	 * @param now the time
	 * @return the channels
	 */
	static Set<Channel> channels(WaitlistOfferMade offer, Instant now) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (!now.isBefore(offer.expiresAt())) {
			return channels;
		}
		if (offer.client().consents().transactionalSms()) {
			channels.add(Channel.SMS);
		}
		if (offer.client().email() != null) {
			channels.add(Channel.EMAIL);
		}
		return channels;
	}

	/**
	 * Withdraws the messages of an offer that ended and are not sent yet.
	 * @param ended the offer's end
	 */
	public void withdraw(WaitlistOfferEnded ended) {
		this.notifications.withdrawOffer(ended.offerId(),
				"the waitlist offer ended: " + ended.outcome().name().toLowerCase(Locale.ROOT));
	}

	private @Nullable String claimUrl(WaitlistOfferMade offer) {
		try {
			return this.links.open(offer.claimUrl(), offer.offerId());
		}
		catch (IllegalArgumentException ex) {
			logger.warn("The claim link of waitlist offer {} does not open with spa.manage-links.sealing-key (is it"
					+ " booking-service's?): the offer is not sent", offer.offerId());
			return null;
		}
	}

}
