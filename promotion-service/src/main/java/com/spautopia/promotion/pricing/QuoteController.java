package com.spautopia.promotion.pricing;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.spautopia.events.Money;
import com.spautopia.promotion.catalog.TreatmentCatalog;
import com.spautopia.promotion.definition.BookingContext;
import com.spautopia.promotion.redemption.Claim;
import com.spautopia.promotion.redemption.Redemptions;
import com.spautopia.promotion.web.Problems;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/promotions/quote}: what would apply to a booking, by the same rules as
 * pricing, but reserving nothing (limits are only looked at). It is public, so it knows
 * no client: promotions that depend on who books are listed as ones that may apply.
 */
@RestController
@Validated
class QuoteController {

	private final PromotionEvaluator evaluator;

	private final BookingContexts contexts;

	private final TreatmentCatalog catalog;

	private final Redemptions redemptions;

	private final Clock clock;

	QuoteController(PromotionEvaluator evaluator, BookingContexts contexts, TreatmentCatalog catalog,
			Redemptions redemptions, Clock clock) {
		this.evaluator = evaluator;
		this.contexts = contexts;
		this.catalog = catalog;
		this.redemptions = redemptions;
		this.clock = clock;
	}

	@GetMapping("/api/promotions/quote")
	Quote quote(@RequestParam @NotBlank String treatmentId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
			@RequestParam(required = false) @Nullable @Size(max = 64) String code) {
		Money listPrice = this.catalog.listPrice(treatmentId)
			.orElseThrow(() -> Problems.field(HttpStatus.BAD_REQUEST, "invalid-request", "treatmentId",
					"unknown treatment " + treatmentId));
		BookingContext booking = this.contexts.ofQuote(treatmentId, start, this.catalog.timeZone(), listPrice,
				this.clock.instant());
		Price price = this.evaluator.evaluate(booking, code,
				(candidate) -> this.redemptions.check(new Claim(null, candidate.promotion(), booking.clientId(),
						candidate.uniqueCode() ? candidate.code() : null, candidate.discount())));
		return Quote.of(treatmentId, start, price);
	}

}
