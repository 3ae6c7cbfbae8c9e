package com.spautopia.promotion.redemption;

import java.util.List;

import com.spautopia.events.Money;
import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/promotions/{id}/figures}: redemptions used of the limit, budget spent,
 * discount given and revenue, from the stored redemptions (read through the
 * {@code promotion_state} index).
 */
@RestController
class RedemptionFiguresController {

	private final PromotionService promotions;

	private final MongoOperations mongo;

	private final TreatmentCatalog catalog;

	RedemptionFiguresController(PromotionService promotions, MongoOperations mongo, TreatmentCatalog catalog) {
		this.promotions = promotions;
		this.mongo = mongo;
		this.catalog = catalog;
	}

	@GetMapping("/api/promotions/{id}/figures")
	PromotionFigures figures(@PathVariable String id) {
		Promotion promotion = this.promotions.find(id);
		Money zero = Money.zero(this.catalog.currency());
		long open = this.mongo.count(ofPromotion(id, Redemption.State.RESERVED), Redemption.class);
		List<Redemption> completed = this.mongo.find(ofPromotion(id, Redemption.State.FINAL), Redemption.class);
		Money given = completed.stream().map(Redemption::discount).reduce(zero, Money::plus);
		Money revenue = completed.stream()
			.map(Redemption::revenue)
			.filter((money) -> money != null)
			.reduce(zero, Money::plus);
		Money spentOnOpen = this.mongo.find(ofPromotion(id, Redemption.State.RESERVED), Redemption.class)
			.stream()
			.map(Redemption::discount)
			.reduce(zero, Money::plus);
		return new PromotionFigures(id, open + completed.size(), open, completed.size(),
				promotion.limits().totalRedemptions(), given.plus(spentOnOpen), promotion.limits().budget(), given,
				revenue);
	}

	private static Query ofPromotion(String promotionId, Redemption.State state) {
		return Query.query(Criteria.where("promotionId").is(promotionId).and("state").is(state));
	}

}
