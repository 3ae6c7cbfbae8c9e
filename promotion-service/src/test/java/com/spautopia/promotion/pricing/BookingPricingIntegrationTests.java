package com.spautopia.promotion.pricing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.EventType;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.Money;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.fixtures.PromotionMother;
import com.spautopia.promotion.fixtures.PromotionServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the service on a real Kafka broker and MongoDB endpoint: requests go in through a
 * plain producer, evaluations come out on the promotion topic as other services read
 * them.
 */
@PromotionServiceTest
class BookingPricingIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Stands in for booking-service, the producer of booking events. */
	private final EventCodec bookingCodec = new EventCodec(URI.create("/spa-utopia/booking-service"));

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private PromotionService promotions;

	private RawKafka kafka;

	@BeforeEach
	void openClients() {
		this.kafka = new RawKafka(this.brokers);
	}

	@AfterEach
	void closeClients() {
		this.kafka.close();
	}

	@Test
	void publishesOneEvaluationAtListPriceForRequestedAppointment() {
		String bookingId = AppointmentRequests.newBookingId();
		this.kafka.send(bookingTopic(), this.bookingCodec.encode(AppointmentRequests.withoutCode(bookingId)));

		ConsumerRecord<byte[], byte[]> record = awaitEvaluations(bookingId, 1).get(0);
		await().during(Duration.ofSeconds(2))
			.atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(evaluationRecords(bookingId)).hasSize(1));

		assertThat(RawKafka.keyOf(record)).isEqualTo(bookingId);
		assertThat(RawKafka.header(record, "ce_specversion")).isEqualTo("1.0");
		assertThat(RawKafka.header(record, "ce_type")).isEqualTo(EventType.PROMOTION_EVALUATED.typeName());
		assertThat(RawKafka.header(record, "ce_source")).isEqualTo("/spa-utopia/promotion-service");
		assertThat(RawKafka.header(record, "ce_subject")).isEqualTo(bookingId);
		assertThat(RawKafka.header(record, "ce_id")).isNotBlank();
		EventEnvelope<SpaEvent> envelope = decode(record);
		assertThat(envelope.type()).isEqualTo(EventType.PROMOTION_EVALUATED);
		PromotionEvaluated evaluated = (PromotionEvaluated) envelope.data();
		assertThat(evaluated.bookingId()).isEqualTo(bookingId);
		assertThat(evaluated.listPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
		assertThat(evaluated.discount()).isEqualTo(Money.zero("PLN"));
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
		assertThat(evaluated.appliedPromotions()).isEmpty();
		assertThat(evaluated.codeRefusal()).isNull();
		assertThat(storedEvaluation(bookingId).getString("eventId")).isEqualTo(envelope.id());
	}

	@Test
	void refusesPromoCodeAsUnknown() {
		String bookingId = AppointmentRequests.newBookingId();
		this.kafka.send(bookingTopic(), this.bookingCodec.encode(AppointmentRequests.withCode(bookingId, "SPRING-25")));

		PromotionEvaluated evaluated = (PromotionEvaluated) decode(awaitEvaluations(bookingId, 1).get(0)).data();

		assertThat(evaluated.codeRefusal()).isEqualTo(new CodeRefusal("SPRING-25", CodeRefusal.Reason.UNKNOWN));
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
		assertThat(evaluated.appliedPromotions()).isEmpty();
	}

	@Test
	void republishesSameEvaluationWhenRequestIsDeliveredTwice() {
		String bookingId = AppointmentRequests.newBookingId();
		KafkaEventMessage request = this.bookingCodec.encode(AppointmentRequests.withCode(bookingId, "WELCOME"));
		this.kafka.send(bookingTopic(), request);
		this.kafka.send(bookingTopic(), request);

		List<ConsumerRecord<byte[], byte[]>> records = awaitEvaluations(bookingId, 2);

		EventEnvelope<SpaEvent> first = decode(records.get(0));
		EventEnvelope<SpaEvent> second = decode(records.get(1));
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.data()).isEqualTo(first.data());
		assertThat(second.time()).isEqualTo(first.time());
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(bookingId)), "evaluations")).isOne();
	}

	@Test
	void deadLettersMalformedMessageAndKeepsPricingTheFollowingOnes() {
		String bookingId = AppointmentRequests.newBookingId();
		KafkaEventMessage request = this.bookingCodec.encode(AppointmentRequests.withoutCode(bookingId));
		byte[] malformed = "{\"bookingId\":\"\"}".getBytes(StandardCharsets.UTF_8);
		// same key, so same partition: the poison message must not block the request
		this.kafka.send(bookingTopic(), bookingId, request.headers(), malformed);
		this.kafka.send(bookingTopic(), request);

		String deadLetterTopic = this.topicPrefix + Topics.BOOKING_EVENTS + ".promotion-service.dlq";
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.kafka.records(deadLetterTopic, bookingId)).singleElement()
				.satisfies((record) -> assertThat(record.value()).isEqualTo(malformed)));
		PromotionEvaluated evaluated = (PromotionEvaluated) decode(awaitEvaluations(bookingId, 1).get(0)).data();
		assertThat(evaluated.finalPrice()).isEqualTo(AppointmentRequests.LIST_PRICE);
	}

	@Test
	void deadLettersOnlyTheRequestWhosePricingFailsAndPricesThoseAroundIt() {
		String code = "ISOLATE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Promotion promotion = PromotionMother.code("promo-" + UUID.randomUUID(), code).limits(100, null, null).build();
		this.promotions.ensure(promotion);
		String before = AppointmentRequests.newBookingId();
		String failing = AppointmentRequests.newBookingId();
		String after = AppointmentRequests.newBookingId();
		// damaged data makes the failing booking's pricing fail, every time
		this.mongo.insert(new Document("_id", failing + ":" + promotion.id()).append("bookingId", failing)
			.append("state", "DAMAGED"), "redemptions");
		KafkaEventMessage failingRequest = this.bookingCodec.encode(AppointmentRequests.withCode(failing, code));
		// one key, so one partition, so most likely one batch, in this order
		for (String bookingId : List.of(before, failing, after)) {
			KafkaEventMessage request = this.bookingCodec.encode(AppointmentRequests.withCode(bookingId, code));
			this.kafka.send(bookingTopic(), before, request.headers(), request.payload());
		}

		String deadLetterTopic = this.topicPrefix + Topics.BOOKING_EVENTS + ".promotion-service.dlq";
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.kafka.records(deadLetterTopic, before)).singleElement()
				.satisfies((record) -> assertThat(record.value()).isEqualTo(failingRequest.payload())));
		for (String priced : List.of(before, after)) {
			PromotionEvaluated evaluated = (PromotionEvaluated) decode(awaitEvaluations(priced, 1).get(0)).data();
			assertThat(evaluated.appliedPromotions()).singleElement()
				.satisfies((applied) -> assertThat(applied.promotionId()).isEqualTo(promotion.id()));
		}
		assertThat(evaluationRecords(failing)).isEmpty();
	}

	private List<ConsumerRecord<byte[], byte[]>> awaitEvaluations(String bookingId, int count) {
		return await().atMost(TIMEOUT).until(() -> evaluationRecords(bookingId), (records) -> records.size() >= count);
	}

	private List<ConsumerRecord<byte[], byte[]>> evaluationRecords(String bookingId) {
		return this.kafka.records(this.topicPrefix + Topics.PROMOTION_EVENTS, bookingId);
	}

	private EventEnvelope<SpaEvent> decode(ConsumerRecord<byte[], byte[]> record) {
		return this.bookingCodec.decode(RawKafka.headersOf(record), record.value()).orElseThrow();
	}

	private Document storedEvaluation(String bookingId) {
		Document stored = this.mongo.findById(bookingId, Document.class, "evaluations");
		assertThat(stored).isNotNull();
		return stored;
	}

	private String bookingTopic() {
		return this.topicPrefix + Topics.BOOKING_EVENTS;
	}

}
