package com.spautopia.promotion.definition;

import java.time.Instant;
import java.util.Optional;

import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A promotion marketing runs: automatic, or redeemed with a shared code or with codes
 * unique to each client (issued with offers).
 *
 * @param id the promotion's id
 * @param name the display name, shown to clients
 * @param description what marketing wants to remember about it
 * @param kind automatic, code or last-minute (automatic, for freed time only)
 * @param code the shared code, upper case; none for automatic or unique-code promotions
 * @param uniqueCodes whether each client gets a code of their own with an offer
 * @param discount the discount
 * @param conditions when it applies
 * @param validFrom bookings made from this instant on qualify
 * @param validUntil bookings made from this instant on no longer qualify
 * @param limits redemption limits
 * @param stacking whether it combines with other stackable promotions
 * @param status the lifecycle status
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version incremented by every change, so that an update based on an older read
 * fails instead of undoing a concurrent change
 */
@Document("promotions")
@CompoundIndex(name = "status_validUntil", def = "{'status': 1, 'validUntil': 1}")
public record Promotion(@Id String id, String name, @Nullable String description, Kind kind,
		@Nullable @Indexed(unique = true, sparse = true) String code, boolean uniqueCodes, Discount discount,
		Conditions conditions, Instant validFrom, @Nullable Instant validUntil, Limits limits, Stacking stacking,
		Status status, Instant createdAt, Instant updatedAt, @Version @Nullable Long version) {

	/**
	 * Why a booking does not qualify, before any redemption limit is looked at.
	 * @param booking the booking
	 * @return {@code EXPIRED} once ended, {@code NOT_APPLICABLE} when paused, not yet
	 * valid or its conditions do not hold; empty when it applies
	 */
	public Optional<Reason> refusal(BookingContext booking) {
		if (this.status == Status.ENDED || isOver(booking.bookedAt())) {
			return Optional.of(Reason.EXPIRED);
		}
		String currency = booking.listPrice().currency();
		boolean budgetInCurrency = this.limits.budget() == null || this.limits.budget().currency().equals(currency);
		if (this.status != Status.ACTIVE || booking.bookedAt().isBefore(this.validFrom)
				|| !this.discount.appliesTo(currency) || !budgetInCurrency || !this.conditions.matches(booking)
				|| !fillsFreedTimeIfRequired(booking)) {
			return Optional.of(Reason.NOT_APPLICABLE);
		}
		return Optional.empty();
	}

	// a last-minute promotion is for freed time booked within its hours of the start
	// (the hours themselves are a condition); without hours it would be a plain
	// automatic one, so it never applies
	private boolean fillsFreedTimeIfRequired(BookingContext booking) {
		return this.kind != Kind.LAST_MINUTE || (booking.fillsFreedSlot() && this.conditions.lastMinuteHours() != null);
	}

	public boolean isOver(Instant at) {
		return this.validUntil != null && !at.isBefore(this.validUntil);
	}

	Promotion withStatus(Status status, Instant at) {
		return new Promotion(this.id, this.name, this.description, this.kind, this.code, this.uniqueCodes,
				this.discount, this.conditions, this.validFrom, this.validUntil, this.limits, this.stacking, status,
				this.createdAt, at, this.version);
	}

	/**
	 * How a promotion is redeemed.
	 */
	public enum Kind {

		/** Applies to every qualifying booking without a code. */
		AUTOMATIC,

		/** Applies when the client enters its code. */
		CODE,

		/**
		 * Applies without a code to a booking of freed time (a waitlist claim, or a
		 * booking of time a cancellation, a move or a release freed) made at most
		 * {@link Conditions#lastMinuteHours()} before its start.
		 */
		LAST_MINUTE;

		/**
		 * Whether it applies without a code, to every booking it qualifies for.
		 * @return true for automatic and last-minute promotions
		 */
		public boolean appliesWithoutCode() {
			return this != CODE;
		}

	}

	/**
	 * Whether a promotion combines with others.
	 */
	public enum Stacking {

		/** Applies alone; when several apply, the best for the client wins. */
		EXCLUSIVE,

		/** Combines with other stackable promotions. */
		STACKABLE

	}

	/**
	 * A promotion's lifecycle.
	 */
	public enum Status {

		DRAFT, ACTIVE, PAUSED, ENDED

	}

}
