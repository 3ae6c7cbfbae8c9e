package com.spautopia.promotion.pricing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts, once per priced booking, the promotions applied ({@code spa.promotions.applied}
 * by promotion) and the promo codes refused ({@code spa.promotions.refused} by reason).
 */
@Component
class PricingMetrics {

	private final MeterRegistry registry;

	PricingMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void priced(Evaluation evaluation) {
		evaluation.appliedPromotions()
			.forEach((applied) -> Counter.builder("spa.promotions.applied")
				.description("Promotions applied to bookings")
				.tag("promotion", applied.promotionId())
				.register(this.registry)
				.increment());
		if (evaluation.codeRefusal() != null) {
			Counter.builder("spa.promotions.refused")
				.description("Promo codes refused")
				.tag("reason", evaluation.codeRefusal().reason().name())
				.register(this.registry)
				.increment();
		}
	}

}
