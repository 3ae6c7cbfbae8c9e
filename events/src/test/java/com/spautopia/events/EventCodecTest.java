package com.spautopia.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRequested;
import com.spautopia.events.promotion.PromotionEvaluated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventCodecTest {

	private final EventCodec codec = new EventCodec(URI.create("/spa-utopia/test"));

	@Test
	void everyEventTypeHasAFixture() {
		assertThat(EventFixtures.ALL).containsOnlyKeys(EventType.values());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void writesCloudEventsBinaryModeHeadersKeyedByAggregate(EventType type) {
		SpaEvent event = EventFixtures.ALL.get(type);
		OffsetDateTime time = OffsetDateTime.parse("2026-11-23T10:15:00Z");

		KafkaEventMessage message = this.codec.encode(event, "event-42", time);

		assertThat(message.topic()).isEqualTo(type.topic());
		assertThat(message.key()).isEqualTo(event.aggregateId());
		assertThat(headers(message)).containsEntry("ce_id", "event-42")
			.containsEntry("ce_source", "/spa-utopia/test")
			.containsEntry("ce_type", type.typeName())
			.containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_subject", event.aggregateId())
			.containsEntry("content-type", "application/json")
			.containsKey("ce_time");
		assertThat(OffsetDateTime.parse(headers(message).get("ce_time"))).isEqualTo(time);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventRoundTrips(EventType type) {
		SpaEvent event = EventFixtures.ALL.get(type);
		KafkaEventMessage message = this.codec.encode(event);

		EventEnvelope<SpaEvent> read = this.codec.decode(message.headers(), message.payload()).orElseThrow();

		assertThat(read.data()).isEqualTo(event);
		assertThat(read.type()).isEqualTo(type);
		assertThat(read.subject()).isEqualTo(event.aggregateId());
		assertThat(read.source()).isEqualTo(URI.create("/spa-utopia/test"));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyPayloadValidatesAgainstItsSchema(EventType type) throws Exception {
		byte[] json = this.codec.toJson(EventFixtures.ALL.get(type));

		assertThat(EventSchemas.get().violations(type, EventJson.mapper().readTree(json))).isEmpty();
	}

	@Test
	void readsHeadersGivenAsStrings() {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.APPOINTMENT_REQUESTED));
		Map<String, Object> asStrings = new HashMap<>();
		message.headers().forEach((name, value) -> asStrings.put(name, new String(value, StandardCharsets.UTF_8)));

		assertThat(this.codec.decode(asStrings, message.payload())).isPresent();
	}

	@Test
	void readsPayloadWithUnknownExtraFields() throws Exception {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.PROMOTION_EVALUATED));
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		data.put("loyaltyPoints", 120);
		((ObjectNode) data.get("listPrice")).put("display", "220,00 zł");

		SpaEvent read = this.codec.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data))
			.orElseThrow()
			.data();

		assertThat(read).isEqualTo(EventFixtures.ALL.get(EventType.PROMOTION_EVALUATED));
	}

	@Test
	void readsAnOlderProducersConfirmationWithoutShortLinkOrLanguage() throws Exception {
		AppointmentConfirmed fixture = (AppointmentConfirmed) EventFixtures.ALL.get(EventType.APPOINTMENT_CONFIRMED);
		KafkaEventMessage message = this.codec.encode(fixture);
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		data.remove("shortManageUrl");
		((ObjectNode) data.get("client")).remove("language");

		AppointmentConfirmed read = (AppointmentConfirmed) this.codec
			.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data))
			.orElseThrow()
			.data();

		assertThat(read.shortManageUrl()).isNull();
		assertThat(read.client().language()).isNull();
		assertThat(read.manageUrl()).isEqualTo(fixture.manageUrl());
	}

	@Test
	void readsAnOlderProducersRequestWithoutTheStaffWhoBookedIt() throws Exception {
		AppointmentRequested fixture = (AppointmentRequested) EventFixtures.ALL.get(EventType.APPOINTMENT_REQUESTED);
		KafkaEventMessage message = this.codec.encode(fixture);
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		data.remove("bookedByStaff");
		data.remove("fillsSlotFreedBy");

		AppointmentRequested read = (AppointmentRequested) this.codec
			.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data))
			.orElseThrow()
			.data();

		assertThat(read.bookedByStaff()).isNull();
		assertThat(read.fillsSlotFreedBy()).isNull();
		assertThat(read).isEqualTo(new AppointmentRequested(fixture.bookingId(), fixture.appointment(),
				fixture.client(), fixture.promoCode(), fixture.requestedAt()));
	}

	@Test
	void readsAnOlderProducersAppointmentWithoutARoom() throws Exception {
		AppointmentConfirmed fixture = (AppointmentConfirmed) EventFixtures.ALL.get(EventType.APPOINTMENT_CONFIRMED);
		KafkaEventMessage message = this.codec.encode(fixture);
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		((ObjectNode) data.get("appointment")).remove("room");

		AppointmentConfirmed read = (AppointmentConfirmed) this.codec
			.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data))
			.orElseThrow()
			.data();

		assertThat(read.appointment().room()).isNull();
		assertThat(read.appointment().therapistId()).isEqualTo(fixture.appointment().therapistId());
	}

	@Test
	void rejectsARoomWithoutItsName() throws Exception {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.APPOINTMENT_REQUESTED));
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		((ObjectNode) data.get("appointment").get("room")).remove("name");

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data)))
			.withMessageContaining("name");
	}

	@Test
	void rejectsALanguageThatIsNoBcp47Tag() throws Exception {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.APPOINTMENT_CONFIRMED));
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		((ObjectNode) data.get("client")).put("language", "Polish");

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data)))
			.withMessageContaining("language");
	}

	@Test
	void skipsWellFormedEventsOfUnknownType() {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.APPOINTMENT_REQUESTED));
		Map<String, byte[]> headers = new HashMap<>(message.headers());
		headers.put("ce_type", "com.spautopia.booking.GiftCardBought.v1".getBytes(StandardCharsets.UTF_8));

		assertThat(this.codec.decode(headers, message.payload())).isEmpty();
	}

	@Test
	void rejectsMessageWithoutTypeAttribute() {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.APPOINTMENT_REQUESTED));
		Map<String, byte[]> headers = new HashMap<>(message.headers());
		headers.remove("ce_type");

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(headers, message.payload()))
			.withMessageContaining("type");
	}

	@Test
	void rejectsMessageWithoutCloudEventsHeaders() {
		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(Map.of(), "{}".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("Not a valid CloudEvents");
	}

	@Test
	void rejectsDataMissingRequiredFieldNamingIt() throws Exception {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.PROMOTION_EVALUATED));
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		data.remove("bookingId");

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data)))
			.withMessageContaining(PromotionEvaluated.class.getSimpleName())
			.withMessageContaining("bookingId");
	}

	@Test
	void rejectsMalformedJson() {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.CLIENT_OPTED_OUT));

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(message.headers(), "{\"phone\":".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("malformed JSON");
	}

	@Test
	void rejectsDataOfWrongShape() throws Exception {
		KafkaEventMessage message = this.codec.encode(EventFixtures.ALL.get(EventType.CLIENT_OPTED_OUT));
		ObjectNode data = (ObjectNode) EventJson.mapper().readTree(message.payload());
		data.put("phone", "601 234 567");

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> this.codec.decode(message.headers(), EventJson.mapper().writeValueAsBytes(data)))
			.withMessageContaining("phone");
	}

	private static Map<String, String> headers(KafkaEventMessage message) {
		Map<String, String> headers = new HashMap<>();
		message.headers().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
		return headers;
	}

}
