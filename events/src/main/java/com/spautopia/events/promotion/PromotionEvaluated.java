package com.spautopia.events.promotion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * promotion-service priced a booking: when it was requested, and again when it moved.
 *
 * @param bookingId the booking that was priced
 * @param listPrice the list price
 * @param discount the total discount
 * @param finalPrice what the client pays
 * @param appliedPromotions the promotions applied, best for the client
 * @param codeRefusal why the client's promo code was refused, if it was
 * @param evaluatedAt when the booking was priced
 * @param appointmentStart the start of the appointment that was priced (absent in
 * evaluations published before it was added)
 * @param occasion why it was priced: the request, or a move to another time (absent: the
 * request)
 */
public record PromotionEvaluated(String bookingId, Money listPrice, Money discount, Money finalPrice,
		List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal, Instant evaluatedAt,
		@Nullable OffsetDateTime appointmentStart, @Nullable Occasion occasion) implements SpaEvent {

	public PromotionEvaluated {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

	/**
	 * The evaluation of a booking's request, without the start it priced.
	 * @param bookingId the booking that was priced
	 * @param listPrice the list price
	 * @param discount the total discount
	 * @param finalPrice what the client pays
	 * @param appliedPromotions the promotions applied
	 * @param codeRefusal why the client's promo code was refused, if it was
	 * @param evaluatedAt when the booking was priced
	 */
	public PromotionEvaluated(String bookingId, Money listPrice, Money discount, Money finalPrice,
			List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal, Instant evaluatedAt) {
		this(bookingId, listPrice, discount, finalPrice, appliedPromotions, codeRefusal, evaluatedAt, null, null);
	}

	/**
	 * Whether this prices a booking moved to another time.
	 * @return {@code true} for a re-evaluation after a move
	 */
	public boolean afterMove() {
		return this.occasion == Occasion.RESCHEDULED;
	}

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

	/**
	 * Why a booking was priced.
	 */
	public enum Occasion {

		/** The booking was requested. */
		REQUESTED,

		/**
		 * The booking moved to another time: its discounts are those the new time earns.
		 */
		RESCHEDULED

	}

	/**
	 * A promo code that was not applied, and why.
	 *
	 * @param code the code as entered
	 * @param reason why it was refused
	 */
	public record CodeRefusal(String code, Reason reason) {

		/**
		 * Why a promo code was refused.
		 */
		public enum Reason {

			UNKNOWN, EXPIRED, NOT_APPLICABLE, LIMIT_REACHED, CLIENT_LIMIT_REACHED

		}

	}

}
