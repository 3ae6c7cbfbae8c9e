package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import com.spautopia.events.promotion.PromotionEvaluated.Occasion;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An evaluation of a booking, as published: the id makes each occasion priced once (the
 * request under the booking's id, each move under the booking's id and the move event's
 * id), and the stored event id lets a redelivered event re-publish the very same
 * evaluation.
 *
 * @param id the document's {@code _id}: the booking's id for its request, the booking's
 * id and the move's event id for a move
 * @param bookingId the booking's id (absent in evaluations stored before moves were
 * priced: then the id)
 * @param eventId the CloudEvents id the evaluation was published with
 * @param listPrice the list price
 * @param discount the total discount
 * @param finalPrice what the client pays
 * @param appliedPromotions the promotions applied
 * @param codeRefusal why the client's promo code was refused, if it was
 * @param evaluatedAt when the booking was priced, at millisecond precision
 * @param appointmentStart the start that was priced (absent in evaluations stored before
 * it was recorded)
 * @param occasion why the booking was priced (absent: its request)
 */
@Document("evaluations")
record Evaluation(@Id String id, @Nullable String bookingId, String eventId, Money listPrice, Money discount,
		Money finalPrice, List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal,
		Instant evaluatedAt, @Nullable Instant appointmentStart, @Nullable Occasion occasion) {

	Evaluation {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

	static Evaluation of(PromotionEvaluated evaluated, String eventId) {
		return of(evaluated.bookingId(), evaluated, eventId);
	}

	static Evaluation ofMove(PromotionEvaluated evaluated, String moveEventId, String eventId) {
		return of(moveId(evaluated.bookingId(), moveEventId), evaluated, eventId);
	}

	/**
	 * The id of a move's evaluation.
	 * @param bookingId the booking
	 * @param moveEventId the id of the AppointmentRescheduled event
	 * @return the document id
	 */
	static String moveId(String bookingId, String moveEventId) {
		return bookingId + "@" + moveEventId;
	}

	private static Evaluation of(String id, PromotionEvaluated evaluated, String eventId) {
		return new Evaluation(id, evaluated.bookingId(), eventId, evaluated.listPrice(), evaluated.discount(),
				evaluated.finalPrice(), evaluated.appliedPromotions(), evaluated.codeRefusal(), evaluated.evaluatedAt(),
				(evaluated.appointmentStart() != null) ? evaluated.appointmentStart().toInstant() : null,
				evaluated.occasion());
	}

	String booking() {
		return (this.bookingId != null) ? this.bookingId : this.id;
	}

	PromotionEvaluated toEvent() {
		return new PromotionEvaluated(booking(), this.listPrice, this.discount, this.finalPrice, this.appliedPromotions,
				this.codeRefusal, this.evaluatedAt, (this.appointmentStart != null)
						? OffsetDateTime.ofInstant(this.appointmentStart, ZoneOffset.UTC) : null,
				this.occasion);
	}

}
