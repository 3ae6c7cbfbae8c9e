package com.spautopia.promotion.definition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.spautopia.promotion.definition.PromotionRequest.DiscountInput;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An update of a promotion's terms racing a status change: the status change is made
 * between the update's read and its write.
 */
@PromotionServiceTest
class PromotionConcurrentChangeIntegrationTests {

	@Autowired
	private PromotionService service;

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private ActivePromotions active;

	@Test
	void refusesAnUpdateThatWouldUndoAPauseMadeAfterItsRead() {
		String id = this.service.create(percentOff("10")).id();
		this.service.activate(id);
		PromotionService racing = new PromotionService(new PausingAfterRead(this.mongo, this.service), this.mongo,
				this.active, WallClock.clock());

		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> racing.update(id, percentOff("25")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getBody().getType()).hasToString("https://spautopia.com/problems/concurrent-change");
			});

		Promotion stored = this.service.find(id);
		assertThat(stored.status()).isEqualTo(Promotion.Status.PAUSED);
		assertThat(stored.discount().percent()).isEqualByComparingTo("10");
	}

	@Test
	void appliesSuccessiveUpdatesAndKeepsTheStatusSetBetweenThem() {
		String id = this.service.create(percentOff("10")).id();
		this.service.update(id, percentOff("15"));
		this.service.activate(id);
		this.service.pause(id);

		Promotion updated = this.service.update(id, percentOff("20"));

		assertThat(updated.status()).isEqualTo(Promotion.Status.PAUSED);
		assertThat(this.service.find(id).discount().percent()).isEqualByComparingTo("20");
		assertThat(this.service.find(id).version()).isEqualTo(updated.version());
	}

	private static PromotionRequest percentOff(String percent) {
		String code = "VER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return new PromotionRequest("Code " + code, null, Promotion.Kind.CODE, code, null,
				new DiscountInput(Discount.Type.PERCENT, new BigDecimal(percent), null), null,
				Instant.parse("2020-01-01T00:00:00Z"), null, null, null);
	}

	/**
	 * The promotions, where another marketer pauses a promotion just after it is read.
	 */
	private static final class PausingAfterRead extends PromotionStore {

		private final PromotionService otherMarketer;

		PausingAfterRead(MongoOperations mongo, PromotionService otherMarketer) {
			super(mongo);
			this.otherMarketer = otherMarketer;
		}

		@Override
		Optional<Promotion> findById(String id) {
			Optional<Promotion> read = super.findById(id);
			this.otherMarketer.pause(id);
			return read;
		}

	}

}
