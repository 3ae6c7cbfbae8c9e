package com.spautopia.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.Money;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;

import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.events.notification.Purpose;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.time.WallClock;
import org.jspecify.annotations.Nullable;

/**
 * An Object Mother of one booking's events: requested, priced, confirmed, confirmation
 * SMS delivered. The appointment is a week from now.
 */
public final class Bookings {

	private static final Money LIST_PRICE = Money.of("220.00", "PLN");

	private static final ClientSnapshot ADA = new ClientSnapshot("client-ada", "Ada Lovelace", "+48601234567",
			"ada@example.com", new Consents(true, false, false), List.of());

	private Bookings() {
	}

	public static String newId() {
		return "booking-" + UUID.randomUUID();
	}

	static AppointmentDetails appointment() {
		SpaCalendar calendar = SpaCalendar.seeded();
		OffsetDateTime start = calendar.at(calendar.nextOpenDay(7), LocalTime.of(10, 0)).toOffsetDateTime();
		return new AppointmentDetails("back-pain-desk-workers", "Back Pain Massage for Desk Workers", "therapist-1",
				"Maria Nowak", start, start.plusMinutes(50), "Europe/Warsaw", LIST_PRICE);
	}

	public static AppointmentRequested requested(String bookingId, Instant at) {
		return new AppointmentRequested(bookingId, appointment(), ADA, null, at);
	}

	/**
	 * Ada's details under another client id, for a test that erases its client.
	 * @param clientId the id
	 * @return the client
	 */
	public static ClientSnapshot ada(String clientId) {
		return new ClientSnapshot(clientId, ADA.name(), ADA.phone(), ADA.email(), ADA.consents(), ADA.tags());
	}

	public static AppointmentRequested requested(String bookingId, ClientSnapshot client, Instant at) {
		return new AppointmentRequested(bookingId, appointment(), client, null, at);
	}

	public static AppointmentConfirmed confirmed(String bookingId, ClientSnapshot client, Instant at) {
		return new AppointmentConfirmed(bookingId, appointment(), client,
				new Pricing(LIST_PRICE, Money.zero("PLN"), LIST_PRICE, List.of(), Pricing.Source.EVALUATED, null),
				"http://localhost:8081/manage/" + bookingId + "?token=secret-manage-token", at);
	}

	public static ClientErased erased(ClientSnapshot client, List<String> bookingIds, Instant at) {
		return new ClientErased(client.clientId(), client.phone(), bookingIds, at);
	}

	public static PromotionEvaluated evaluated(String bookingId, Instant at) {
		return new PromotionEvaluated(bookingId, LIST_PRICE, Money.zero("PLN"), LIST_PRICE, List.of(), null, at);
	}

	public static AppointmentConfirmed confirmed(String bookingId, Instant at) {
		return new AppointmentConfirmed(bookingId, appointment(), ADA,
				new Pricing(LIST_PRICE, Money.zero("PLN"), LIST_PRICE, List.of(), Pricing.Source.EVALUATED, null),
				"http://localhost:8081/manage/" + bookingId, at);
	}

	public static MessageDelivered smsDelivered(String bookingId, Instant at) {
		return new MessageDelivered("message-" + UUID.randomUUID(), Channel.SMS, Purpose.CONFIRMATION, "client-ada",
				bookingId, null, at);
	}

	public static MessageSent emailSent(String bookingId, Instant at) {
		return new MessageSent("message-" + UUID.randomUUID(), Channel.EMAIL, Purpose.CONFIRMATION, "client-ada",
				bookingId, null, at);
	}

	public static AppointmentCancelled cancelled(String bookingId, Instant at) {
		return new AppointmentCancelled(bookingId, appointment(), ADA, AppointmentCancelled.CancelledBy.CLIENT, null,
				false, at);
	}

	public static SlotFreed slotFreed(String bookingId, Instant at) {
		return new SlotFreed(bookingId, SlotFreed.Reason.CANCELLED, appointment(), at);
	}

	/**
	 * The freed time of a booking offered to a waiting client, with a claim link sealed
	 * as booking-service seals it.
	 * @param bookingId the freed booking
	 * @param client the waiting client
	 * @param at when it was offered (held for 15 minutes)
	 * @return the offer
	 */
	public static WaitlistOfferMade offerMade(String bookingId, ClientSnapshot client, Instant at) {
		String offerId = "offer-" + UUID.randomUUID();
		String claimUrl = SealedLinks.withKey(Base64.getEncoder().encodeToString(new byte[32]))
			.seal("http://localhost:8081/waitlist/offers/" + offerId + "?token=secret-claim-token", offerId);
		return new WaitlistOfferMade(offerId, bookingId, "entry-" + UUID.randomUUID(), appointment(), client, claimUrl,
				at.plus(Duration.ofMinutes(15)), at);
	}

	public static WaitlistOfferEnded offerEnded(WaitlistOfferMade offer, WaitlistOfferEnded.Outcome outcome,
			@Nullable String claimedBookingId, Instant at) {
		return new WaitlistOfferEnded(offer.offerId(), offer.bookingId(), offer.waitlistEntryId(), outcome,
				claimedBookingId, at);
	}

	public static AppointmentRequested fillingRequested(String bookingId, String freedBookingId, ClientSnapshot client,
			Instant at) {
		return new AppointmentRequested(bookingId, appointment(), client, null, at, null, freedBookingId);
	}

	public static Instant soon(Duration after) {
		return WallClock.now().plus(after);
	}

}
