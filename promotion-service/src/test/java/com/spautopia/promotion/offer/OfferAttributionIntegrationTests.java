package com.spautopia.promotion.offer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.spautopia.events.Channel;
import com.spautopia.events.Money;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crediting a completed booking to the offer that led to it.
 */
@PromotionServiceTest
class OfferAttributionIntegrationTests {

	private static final Instant ISSUED = Instant.parse("2030-04-01T09:00:00Z");

	@Autowired
	private Offers offers;

	@Autowired
	private MongoOperations mongo;

	@Test
	void findsTheBookingsCreditedOfferThroughAUniqueIndex() {
		List<IndexInfo> indexes = this.mongo.indexOps(Offer.class).getIndexInfo();

		assertThat(indexes).anySatisfy((index) -> {
			assertThat(index.getIndexFields()).singleElement()
				.satisfies((field) -> assertThat(field.getKey()).isEqualTo("redeemedBookingId"));
			assertThat(index.isUnique()).isTrue();
		});
	}

	@Test
	void creditsOneOfferWhenTheSameCompletionIsHandledConcurrently() throws Exception {
		String clientId = "client-" + UUID.randomUUID();
		Promotion promotion = PromotionMother.code("promo-" + UUID.randomUUID(), "ATTR").build();
		List<Offer> issued = IntStream.range(0, 6)
			.mapToObj((i) -> Offer.issue("cmp-" + i + ":" + clientId, "cmp-" + UUID.randomUUID(), promotion,
					ClientMother.consenting(clientId), Set.of(Channel.SMS), "Hi", ISSUED.plusSeconds(86_400),
					ISSUED.plusSeconds(i)))
			.toList();
		this.offers.issue(issued);
		this.offers.markPublished(issued.stream().map(Offer::id).toList(), ISSUED);
		String bookingId = "bkg-" + UUID.randomUUID();
		List<Callable<Void>> completions = IntStream.range(0, 16).<Callable<Void>>mapToObj((i) -> () -> {
			this.offers.attributeRedemption(clientId, promotion.id(), bookingId, Money.of("200.00", "PLN"),
					ISSUED.plusSeconds(3600));
			return null;
		}).toList();

		try (ExecutorService executor = Executors.newFixedThreadPool(16)) {
			for (Future<Void> completion : executor.invokeAll(completions)) {
				completion.get();
			}
		}

		assertThat(this.mongo.count(Query.query(Criteria.where("redeemedBookingId").is(bookingId)), Offer.class))
			.isEqualTo(1);
	}

}
