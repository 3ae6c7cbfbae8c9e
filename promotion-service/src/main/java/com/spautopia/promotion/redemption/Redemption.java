package com.spautopia.promotion.redemption;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One booking's use of one promotion. Its id, {@code bookingId:promotionId}, makes a
 * redelivered booking find its reservation instead of taking a second one.
 *
 * @param id {@code bookingId:promotionId}
 * @param bookingId the booking
 * @param promotionId the promotion
 * @param clientId the client
 * @param uniqueCode the client's own code, when one was used
 * @param discount the discount it gave
 * @param counters the limit counters it took, given back when it is released
 * @param state reserved, released or final
 * @param reservedAt when it was reserved
 * @param updatedAt when its state last changed
 * @param expiresAt when a reservation still open is released: the appointment's end plus
 * a grace period
 * @param revenue what the booking paid, once completed
 */
@Document("redemptions")
@CompoundIndex(name = "state_expiresAt", def = "{'state': 1, 'expiresAt': 1}")
@CompoundIndex(name = "counters_state", def = "{'counters': 1, 'state': 1}")
@CompoundIndex(name = "promotion_state", def = "{'promotionId': 1, 'state': 1}")
public record Redemption(@Id String id, @Indexed String bookingId, String promotionId, @Nullable String clientId,
		@Nullable String uniqueCode, Money discount, List<String> counters, State state, Instant reservedAt,
		Instant updatedAt, @Nullable Instant expiresAt, @Nullable Money revenue) {

	public Redemption {
		counters = (counters != null) ? List.copyOf(counters) : List.of();
	}

	static String id(String bookingId, String promotionId) {
		return bookingId + ":" + promotionId;
	}

	/**
	 * Where a redemption stands.
	 */
	public enum State {

		/** Counted against the limits while the booking is open. */
		RESERVED,

		/** The booking was cancelled or missed: the limits got it back. */
		RELEASED,

		/** The booking was completed: it stays counted. */
		FINAL

	}

}
