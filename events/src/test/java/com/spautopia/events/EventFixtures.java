package com.spautopia.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentNoShow;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageFailed;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.events.notification.Purpose;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;

/**
 * One typical event of every type (an Object Mother for the contract tests).
 */
final class EventFixtures {

	static final Instant NOW = Instant.parse("2026-11-23T09:15:00Z");

	static final ClientSnapshot ADA = new ClientSnapshot("client-1", "Ada Lovelace", "+48601234567", "ada@example.com",
			new Consents(true, false, true), List.of("desk-worker"), "pl");

	static final AppointmentDetails BACK_PAIN = new AppointmentDetails("back-pain",
			"Back Pain Massage for Desk Workers", "therapist-1", "Maria Nowak",
			OffsetDateTime.parse("2026-12-01T10:00:00+01:00"), OffsetDateTime.parse("2026-12-01T10:50:00+01:00"),
			"Europe/Warsaw", Money.of("220.00", "PLN"), new AppointmentDetails.Room("lavender", "Lavender Room"));

	private static final Money DISCOUNT = Money.of("22.00", "PLN");

	private static final Money FINAL = Money.of("198.00", "PLN");

	private static final AppliedPromotion TEN_OFF = new AppliedPromotion("promo-1", "Desk workers 10%", "DESK10",
			DISCOUNT);

	static final Map<EventType, SpaEvent> ALL = Map.ofEntries(
			Map.entry(EventType.APPOINTMENT_REQUESTED,
					new AppointmentRequested("booking-1", BACK_PAIN, ADA, "DESK10", NOW, "staff", "booking-0")),
			Map.entry(EventType.APPOINTMENT_CONFIRMED,
					new AppointmentConfirmed("booking-1", BACK_PAIN, ADA,
							new Pricing(BACK_PAIN.listPrice(), DISCOUNT, FINAL, List.of(TEN_OFF),
									Pricing.Source.EVALUATED, null),
							"https://spa.example/manage/booking-1?token=abc", "https://spa.example/m/abcdefghijkl",
							NOW)),
			Map.entry(EventType.APPOINTMENT_RESCHEDULED,
					new AppointmentRescheduled("booking-1", BACK_PAIN,
							OffsetDateTime.parse("2026-11-30T16:00:00+01:00"), ADA,
							"https://spa.example/manage/booking-1?token=abc", "https://spa.example/m/abcdefghijkl", NOW,
							"DESK10")),
			Map.entry(EventType.APPOINTMENT_REPRICED,
					new AppointmentRepriced("booking-1", BACK_PAIN, ADA, BACK_PAIN.listPrice(),
							new Pricing(BACK_PAIN.listPrice(), DISCOUNT, FINAL, List.of(TEN_OFF),
									Pricing.Source.EVALUATED, null),
							AppointmentRepriced.Reason.LATE_EVALUATION, NOW)),
			Map.entry(EventType.APPOINTMENT_LANGUAGE_CHANGED,
					new AppointmentLanguageChanged("booking-1", BACK_PAIN, ADA.withLanguage("pl"), NOW)),
			Map.entry(EventType.CLIENT_CONSENTS_CHANGED,
					new ClientConsentsChanged("client-1", new Consents(true, true, true),
							"manage link of booking booking-1: marketing confirmed (double opt-in)", NOW)),
			Map.entry(EventType.APPOINTMENT_CANCELLED,
					new AppointmentCancelled("booking-1", BACK_PAIN, ADA, CancelledBy.CLIENT, "Feeling unwell", true,
							NOW)),
			Map.entry(EventType.APPOINTMENT_COMPLETED,
					new AppointmentCompleted("booking-1", BACK_PAIN, ADA, FINAL, NOW,
							new Pricing(BACK_PAIN.listPrice(), DISCOUNT, FINAL, List.of(TEN_OFF),
									Pricing.Source.EVALUATED, null))),
			Map.entry(EventType.APPOINTMENT_NO_SHOW, new AppointmentNoShow("booking-1", BACK_PAIN, ADA, NOW)),
			Map.entry(EventType.PROMOTION_EVALUATED, new PromotionEvaluated("booking-1", BACK_PAIN.listPrice(),
					DISCOUNT, FINAL, List.of(TEN_OFF), new CodeRefusal("SUMMER", CodeRefusal.Reason.EXPIRED), NOW,
					OffsetDateTime.parse("2026-11-30T17:00:00+01:00"), PromotionEvaluated.Occasion.RESCHEDULED)),
			Map.entry(EventType.OFFER_ISSUED,
					new OfferIssued("offer-1", "campaign-1", "promo-1", ADA, Set.of(Channel.SMS, Channel.EMAIL),
							"Your back deserves a break: 10% off with DESK10", "DESK10",
							Instant.parse("2026-12-31T23:00:00Z"), NOW)),
			Map.entry(EventType.MESSAGE_DELIVERED,
					new MessageDelivered("message-1", Channel.SMS, Purpose.CONFIRMATION, "client-1", "booking-1", null,
							NOW)),
			Map.entry(EventType.MESSAGE_SENT,
					new MessageSent("message-3", Channel.EMAIL, Purpose.OFFER, "client-1", null, "campaign-1", NOW)),
			Map.entry(EventType.MESSAGE_FAILED,
					new MessageFailed("message-2", Channel.SMS, Purpose.OFFER, "client-1", null, "campaign-1", "21610",
							"Attempt to send to unsubscribed recipient", NOW)),
			Map.entry(EventType.CLIENT_ERASED,
					new ClientErased("cl-ada", "+48601234567", List.of("bk-1", "bk-2"), NOW)),
			Map.entry(EventType.SLOT_FREED, new SlotFreed("booking-1", SlotFreed.Reason.CANCELLED, BACK_PAIN, NOW)),
			Map.entry(EventType.WAITLIST_OFFER_MADE,
					new WaitlistOfferMade("offer-1", "booking-1", "waitlist-1", BACK_PAIN, ADA,
							"sealed:v1:bm9uY2Vub25jZW5vbmNlc2VhbGVk", NOW.plusSeconds(900), NOW)),
			Map.entry(EventType.WAITLIST_OFFER_ENDED,
					new WaitlistOfferEnded("offer-1", "booking-1", "waitlist-1", WaitlistOfferEnded.Outcome.CLAIMED,
							"booking-2", NOW)),
			Map.entry(EventType.CLIENT_OPTED_OUT, new ClientOptedOut("+48601234567", Channel.SMS, "STOP", NOW)),
			Map.entry(EventType.CLIENT_OPTED_IN, new ClientOptedIn("+48601234567", Channel.SMS, "START", NOW)),
			Map.entry(EventType.APPOINTMENT_CONFIRMED_BY_CLIENT,
					new AppointmentConfirmedByClient("booking-1", "+48601234567", NOW)));

	private EventFixtures() {
	}

}
