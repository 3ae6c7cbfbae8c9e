package com.spautopia.promotion.pricing;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.AppliedPromotion;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The evaluation of one booking, as published: the id makes a booking priced once, and
 * the stored event id lets a redelivered request re-publish the very same event.
 *
 * @param bookingId the booking's id, the document's {@code _id}
 * @param eventId the CloudEvents id the evaluation was published with
 * @param listPrice the list price
 * @param discount the total discount
 * @param finalPrice what the client pays
 * @param appliedPromotions the promotions applied
 * @param codeRefusal why the client's promo code was refused, if it was
 * @param evaluatedAt when the booking was priced, at millisecond precision
 */
@Document("evaluations")
record Evaluation(@Id String bookingId, String eventId, Money listPrice, Money discount, Money finalPrice,
		List<AppliedPromotion> appliedPromotions, @Nullable CodeRefusal codeRefusal, Instant evaluatedAt) {

	Evaluation {
		appliedPromotions = List.copyOf(appliedPromotions);
	}

	static Evaluation of(PromotionEvaluated evaluated, String eventId) {
		return new Evaluation(evaluated.bookingId(), eventId, evaluated.listPrice(), evaluated.discount(),
				evaluated.finalPrice(), evaluated.appliedPromotions(), evaluated.codeRefusal(),
				evaluated.evaluatedAt());
	}

	PromotionEvaluated toEvent() {
		return new PromotionEvaluated(this.bookingId, this.listPrice, this.discount, this.finalPrice,
				this.appliedPromotions, this.codeRefusal, this.evaluatedAt);
	}

}
