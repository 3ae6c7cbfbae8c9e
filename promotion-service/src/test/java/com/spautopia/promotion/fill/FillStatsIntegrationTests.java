package com.spautopia.promotion.fill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fill figures from booking events on the real broker: a slot freed, filled by a
 * booking that is confirmed, the same events redelivered, a filling cancelled. Each test
 * has a week of its own (the weeks are read in the spa's zone, Europe/Warsaw).
 */
class FillStatsIntegrationTests extends IntegrationTestSupport {

	@Test
	void countsAFreedSlotFilledAndConfirmedOnceEvenWhenItsEventsAreRedelivered() {
		// Tuesday 4 March 2031 (week 10)
		AppointmentMother freedBooking = appointment(client()).startingAt("2031-03-04T15:00:00+01:00")
			.requestedAt(Instant.parse("2031-02-20T10:00:00Z"));
		AppointmentMother filling = appointment(client()).startingAt("2031-03-04T15:00:00+01:00")
			.requestedAt(Instant.parse("2031-03-04T09:12:00Z"))
			.fillingSlotFreedBy(freedBooking.bookingId());
		AppointmentMother neverFilled = appointment(client()).startingAt("2031-03-06T10:00:00+01:00")
			.requestedAt(Instant.parse("2031-02-21T10:00:00Z"));
		List<KafkaEventMessage> messages = encode(freedBooking.requested(), neverFilled.requested(),
				freedBooking.cancelled(), freedBooking.freed(Instant.parse("2031-03-04T09:00:00Z")),
				neverFilled.cancelled(), neverFilled.freed(Instant.parse("2031-03-05T11:00:00Z")), filling.requested(),
				filling.confirmedAtListPrice());

		this.events.sendMessages(messages);
		PromotionEvaluated priced = awaitEvaluation(filling.bookingId());
		Map<String, Object> expected = Map.of("week", "2031-W10", "monday", "2031-03-03", "slotsFreed", 2,
				"slotsFilled", 1, "medianSecondsToFill", 720, "p90SecondsToFill", 720, "revenueRecovered",
				Map.of("amount", priced.finalPrice().amount().doubleValue(), "currency", "PLN"));
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(week("2031-03-05")).containsAllEntriesOf(expected));

		this.events.sendMessages(messages);
		awaitHandled(freedBooking);
		awaitHandled(neverFilled);
		awaitHandled(filling);

		assertThat(week("2031-03-05")).containsAllEntriesOf(expected).containsEntry("fillRate", 0.5);
	}

	@Test
	void stopsCountingTheRevenueOfAFillingThatIsCancelled() {
		// Wednesday 14 May 2031 (week 20)
		AppointmentMother freedBooking = appointment(client()).startingAt("2031-05-14T12:00:00+02:00");
		AppointmentMother filling = appointment(client()).startingAt("2031-05-14T12:00:00+02:00")
			.requestedAt(Instant.parse("2031-05-14T08:00:00Z"))
			.fillingSlotFreedBy(freedBooking.bookingId());
		this.events.send(freedBooking.freed(Instant.parse("2031-05-14T07:30:00Z")));
		PromotionEvaluated priced = price(filling.requested());
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(week("2031-05-14")).containsEntry("slotsFilled", 1)
				.containsEntry("revenueRecovered",
						Map.of("amount", priced.finalPrice().amount().doubleValue(), "currency", "PLN")));

		this.events.send(filling.cancelled());

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(week("2031-05-14")).containsEntry("slotsFreed", 1)
				.containsEntry("slotsFilled", 1)
				.containsEntry("medianSecondsToFill", 1800)
				.containsEntry("revenueRecovered", Map.of("amount", 0.0, "currency", "PLN")));
	}

	@Test
	void countsAFillingThatCameBeforeItsFreeingAndOnlyTheFirstOfTwoFillings() {
		// Wednesday 23 July 2031 (week 30); the filling's key is not the freed booking's,
		// so its request may be handled before the SlotFreed
		AppointmentMother freedBooking = appointment(client()).startingAt("2031-07-23T16:00:00+02:00");
		AppointmentMother first = appointment(client()).startingAt("2031-07-23T16:00:00+02:00")
			.requestedAt(Instant.parse("2031-07-23T10:05:00Z"))
			.fillingSlotFreedBy(freedBooking.bookingId());
		AppointmentMother second = appointment(client()).startingAt("2031-07-23T16:00:00+02:00")
			.requestedAt(Instant.parse("2031-07-23T10:20:00Z"))
			.fillingSlotFreedBy(freedBooking.bookingId());
		PromotionEvaluated firstPrice = price(first.requested());
		this.events.send(freedBooking.freed(Instant.parse("2031-07-23T10:00:00Z")));
		Map<String, Object> expected = Map.of("slotsFreed", 1, "slotsFilled", 1, "medianSecondsToFill", 300,
				"revenueRecovered",
				Map.of("amount", firstPrice.finalPrice().amount().doubleValue(), "currency", "PLN"));
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(week("2031-07-23")).containsAllEntriesOf(expected));

		price(second.requested());
		awaitHandled(second);

		assertThat(week("2031-07-23")).containsAllEntriesOf(expected);
	}

	@Test
	void listsTheWeeksEndingWithTheWeekAsked() {
		List<Map<String, Object>> weeks = MarketingApi
			.read(this.api.get("/api/waitlist/stats?weeks=3&until=2031-01-01"), "$.weeks");

		assertThat(weeks).extracting((week) -> week.get("week")).containsExactly("2030-W51", "2030-W52", "2031-W01");
	}

	@Test
	void rejectsAWeekCountOutsideOneToFiftyTwoAndAnInvalidDay() {
		for (String query : List.of("weeks=0", "weeks=53", "weeks=many", "until=2031-13-01")) {
			assertThat(this.api.get("/api/waitlist/stats?" + query)).hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private Map<String, Object> week(String day) {
		List<Map<String, Object>> weeks = MarketingApi.read(this.api.get("/api/waitlist/stats?weeks=1&until=" + day),
				"$.weeks");
		assertThat(weeks).hasSize(1);
		return weeks.getFirst();
	}

	private List<KafkaEventMessage> encode(SpaEvent... events) {
		List<KafkaEventMessage> messages = new ArrayList<>();
		for (SpaEvent event : events) {
			messages.add(this.events.encode(event));
		}
		return messages;
	}

	private static ClientSnapshot client() {
		return ClientMother.consenting("client-" + UUID.randomUUID());
	}

}
