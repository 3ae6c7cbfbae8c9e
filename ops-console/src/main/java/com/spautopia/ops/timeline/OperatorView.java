package com.spautopia.ops.timeline;

import java.util.List;
import java.util.Set;

import com.spautopia.ops.privacy.PersonalData;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What the console keeps of an event's data: what operators need (ids, times, status,
 * treatment, therapist, prices) and the client's phone and email masked. Names, manage
 * and claim links and tokens, message texts, consents and tags are never kept; a field
 * this class does not know is not kept either.
 */
final class OperatorView {

	private static final Set<String> KEPT = Set.of("bookingId", "clientId", "messageId", "offerId", "campaignId",
			"promotionId", "bookingIds", "channel", "channels", "purpose", "errorCode", "cancelledBy",
			"lateCancellation", "keyword", "promoCode", "validUntil", "previousStart", "listPrice", "discount",
			"finalPrice", "waitlistEntryId", "outcome", "claimedBookingId", "fillsSlotFreedBy");

	private static final Set<String> APPOINTMENT = Set.of("treatmentId", "treatmentName", "therapistId",
			"therapistName", "start", "end", "timeZone", "listPrice");

	private static final Set<String> PRICING = Set.of("listPrice", "discount", "finalPrice", "source", "codeRefusal",
			"appliedPromotions");

	private static final Set<String> PROMOTION = Set.of("promotionId", "name", "code", "discount");

	private OperatorView() {
	}

	/**
	 * The part of an event's data the console keeps.
	 * @param data the event's JSON data
	 * @return what is kept of it
	 */
	static Document of(Document data) {
		Document kept = new Document();
		data.forEach((key, value) -> {
			if (KEPT.contains(key) || key.endsWith("At")) {
				kept.put(key, value);
				return;
			}
			switch (key) {
				// the waitlist's freed and offered time are appointments too
				case "appointment", "freed", "offered" -> kept.put(key, only(value, APPOINTMENT));
				case "pricing" -> kept.put(key, pricing(value));
				case "appliedPromotions" -> kept.put(key, promotions(value));
				case "codeRefusal" -> kept.put(key, only(value, Set.of("code", "reason")));
				case "client" -> kept.put(key, client(value));
				case "phone" -> kept.put(key, (value instanceof String phone) ? PersonalData.maskPhone(phone) : null);
				case "errorMessage", "reason" ->
					kept.put(key, (value instanceof String text) ? PersonalData.maskText(text) : null);
				default -> {
					// not needed by operators: not kept
				}
			}
		});
		return kept;
	}

	/**
	 * Removes even the masked contact data from what is kept of an event.
	 * @param kept what is kept of the event
	 */
	static void eraseContactData(Document kept) {
		kept.remove("phone");
		if (kept.get("client") instanceof Document client) {
			client.remove("phone");
			client.remove("email");
		}
	}

	private static @Nullable Document only(@Nullable Object value, Set<String> keys) {
		if (!(value instanceof Document document)) {
			return null;
		}
		Document kept = new Document();
		document.forEach((key, field) -> {
			if (keys.contains(key)) {
				kept.put(key, field);
			}
		});
		return kept;
	}

	private static @Nullable Document pricing(@Nullable Object value) {
		Document kept = only(value, PRICING);
		if (kept != null) {
			kept.computeIfPresent("appliedPromotions", (key, promotions) -> promotions(promotions));
			kept.computeIfPresent("codeRefusal", (key, refusal) -> only(refusal, Set.of("code", "reason")));
		}
		return kept;
	}

	private static @Nullable List<@Nullable Document> promotions(@Nullable Object value) {
		return (value instanceof List<?> list) ? list.stream().map((promotion) -> only(promotion, PROMOTION)).toList()
				: null;
	}

	private static @Nullable Document client(@Nullable Object value) {
		if (!(value instanceof Document client)) {
			return null;
		}
		Document kept = new Document();
		if (client.get("clientId") instanceof String clientId) {
			kept.put("clientId", clientId);
		}
		if (client.get("phone") instanceof String phone) {
			kept.put("phone", PersonalData.maskPhone(phone));
		}
		if (client.get("email") instanceof String email) {
			kept.put("email", PersonalData.maskEmail(email));
		}
		return kept;
	}

}
