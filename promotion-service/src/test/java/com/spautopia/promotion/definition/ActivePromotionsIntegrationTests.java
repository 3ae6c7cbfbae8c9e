package com.spautopia.promotion.definition;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.spautopia.promotion.definition.PromotionRequest.DiscountInput;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Promotions held in memory and read again when they change: at once on the instance that
 * changed them, at the next check on the others.
 */
@PromotionServiceTest
class ActivePromotionsIntegrationTests {

	@Autowired
	private PromotionService service;

	@Autowired
	private ActivePromotions active;

	@Autowired
	private MongoOperations mongo;

	@Test
	void pricesWithAChangeAtOnceHereAndAtTheNextCheckOnAnotherInstance() {
		ActivePromotions otherInstance = new ActivePromotions(new PromotionStore(this.mongo), this.mongo,
				new PromotionProperties(Duration.ofMillis(200)));
		String id = this.service.create(percentOff()).id();
		assertThat(otherInstance.current().byId(id)).isEmpty();

		this.service.activate(id);

		assertThat(this.active.current().byId(id))
			.hasValueSatisfying((promotion) -> assertThat(promotion.status()).isEqualTo(Promotion.Status.ACTIVE));
		await().atMost(Duration.ofSeconds(10)).until(() -> otherInstance.current().byId(id).isPresent());

		this.service.pause(id);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> otherInstance.current().byId(id).map(Promotion::status).orElseThrow(),
					(status) -> status == Promotion.Status.PAUSED);
	}

	private static PromotionRequest percentOff() {
		String code = "REV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return new PromotionRequest("Code " + code, null, Promotion.Kind.CODE, code, null,
				new DiscountInput(Discount.Type.PERCENT, new BigDecimal("10"), null), null,
				Instant.parse("2020-01-01T00:00:00Z"), null, null, null);
	}

}
