package com.spautopia.localstack.chaos;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.localstack.chaos.Observed.Booking;
import com.spautopia.localstack.chaos.Observed.BookingEvent;
import com.spautopia.localstack.chaos.Observed.DeadLetter;
import com.spautopia.localstack.chaos.Observed.Sms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseChecksTest {

	private static final Instant TEN = Instant.parse("2030-03-05T10:00:00Z");

	@Test
	void anAcceptedBookingWithoutItsConfirmationIsLost() {
		List<BookingEvent> events = List.of(event("b1", "AppointmentRequested", "e1", 0, 1),
				event("b1", "AppointmentConfirmed", "e2", 0, 2), event("b2", "AppointmentRequested", "e3", 1, 1));

		assertThat(PromiseChecks.lost(Set.of("b1", "b2"), events).ids()).containsExactly("b2");
		assertThat(PromiseChecks.lost(Set.of("b1"), events).count()).isZero();
	}

	@Test
	void twoConfirmationsOfOneBookingOrTwoBookingsOfOneRequestAreDuplicatesButARedeliveryIsNot() {
		List<BookingEvent> redelivered = List.of(event("b1", "AppointmentConfirmed", "e2", 0, 2),
				event("b1", "AppointmentConfirmed", "e2", 0, 3));
		List<BookingEvent> twice = List.of(event("b1", "AppointmentConfirmed", "e2", 0, 2),
				event("b1", "AppointmentConfirmed", "e9", 0, 3));

		assertThat(PromiseChecks.duplicated(redelivered, Map.of("k1", Set.of("b1"))).count()).isZero();
		assertThat(PromiseChecks.duplicated(twice, Map.of()).ids()).containsExactly("b1");
		assertThat(PromiseChecks.duplicated(redelivered, Map.of("k1", Set.of("b1", "b7"))).count()).isOne();
	}

	@Test
	void countsOverlapsOfTherapistsRoomsAndClientsButNotOfCancelledBookingsOrBackToBackOnes() {
		Booking first = booking("b1", "CONFIRMED", "c1", "maria", null, "lavender", 10, 11);
		Booking backToBack = booking("b2", "CONFIRMED", "c2", "maria", null, "lavender", 11, 12);
		Booking cancelledOver = booking("b3", "CANCELLED", "c3", "maria", null, "lavender", 10, 11);
		assertThat(PromiseChecks.overlaps(List.of(first, backToBack, cancelledOver)).count()).isZero();

		Booking sameTherapist = booking("b4", "REQUESTED", "c4", "ewa", "maria", "rose", 10, 11);
		Booking sameClient = booking("b5", "CONFIRMED", "c1", "jan", null, "cedar", 10, 11);
		Booking sameRoom = booking("b6", "COMPLETED", "c6", "ola", null, "lavender", 10, 11);
		assertThat(PromiseChecks.overlaps(List.of(first, sameTherapist, sameClient, sameRoom)).ids())
			.containsExactly("client c1: b1/b5", "room lavender: b1/b6", "therapist maria: b1/b4");
	}

	@Test
	void theSameTextTwiceToOneNumberIsADuplicate() {
		List<Sms> messages = List.of(new Sms("+48601000001", "Confirmed 10:00", TEN),
				new Sms("+48601000001", "Confirmed 10:00", TEN), new Sms("+48601000001", "Moved to 11:00", TEN),
				new Sms("+48601000002", "Confirmed 10:00", TEN));

		assertThat(PromiseChecks.smsDuplicates(messages).count()).isOne();
		assertThat(PromiseChecks.smsDuplicates(messages).ids()).containsExactly("+48***001");
		assertThat(PromiseChecks.smsDuplicates(messages.subList(1, 4)).count()).isZero();
	}

	@Test
	void anythingButTheCancellationNoticeAfterACancellationIsStale() {
		Instant cancelled = TEN.plusSeconds(60);
		List<Sms> messages = List.of(new Sms("+48601000001", "Confirmed 10:00", TEN),
				new Sms("+48601000001", "Your massage has been cancelled", cancelled.plusSeconds(1)),
				new Sms("+48601000002", "Confirmed 10:00", cancelled.plusSeconds(5)));

		assertThat(
				PromiseChecks.stale(messages, Map.of("+48601000001", cancelled), (body) -> body.contains("cancelled"))
					.count())
			.isZero();
		assertThat(
				PromiseChecks.stale(messages, Map.of("+48601000002", cancelled), (body) -> body.contains("cancelled"))
					.count())
			.isOne();
	}

	@Test
	void redemptionsBeyondTheLimitByTheBookingsOrByTheFiguresAreOverRedemptions() {
		List<Booking> bookings = List.of(promoted("b1", "CONFIRMED"), promoted("b2", "CONFIRMED"),
				promoted("b3", "CANCELLED"));

		assertThat(PromiseChecks.overRedemptions("p1", 2, bookings, 2).count()).isZero();
		assertThat(PromiseChecks.overRedemptions("p1", 1, bookings, 1).count()).isOne();
		assertThat(PromiseChecks.overRedemptions("p1", 2, bookings, 4).count()).isEqualTo(2);
	}

	@Test
	void aStatusOrAMoveTheTopicDoesNotShowIsAGap() {
		List<BookingEvent> events = List.of(event("b1", "AppointmentRequested", "e1", 0, 1),
				event("b1", "AppointmentConfirmed", "e2", 0, 2), event("b2", "AppointmentRequested", "e3", 0, 3),
				event("b2", "AppointmentConfirmed", "e4", 0, 4));
		Booking b1 = booking("b1", "CONFIRMED", "c1", "maria", null, null, 10, 11);
		Booking b2Cancelled = booking("b2", "CANCELLED", "c2", "maria", null, null, 12, 13);
		Booking b3 = booking("b3", "REQUESTED", "c3", "maria", null, null, 14, 15);

		assertThat(PromiseChecks.gaps(events, List.of(b1), Set.of()).count()).isZero();
		assertThat(PromiseChecks.gaps(events, List.of(b1), Set.of("b1")).ids()).containsExactly("b1");
		assertThat(PromiseChecks.gaps(events, List.of(b2Cancelled, b3), Set.of()).ids()).containsExactly("b2", "b3");
	}

	@Test
	void eventsOnTwoPartitionsBeforeTheRequestOrAfterTheCancellationAreOutOfOrder() {
		List<BookingEvent> inOrder = List.of(event("b1", "AppointmentRequested", "e1", 0, 1),
				event("b1", "AppointmentConfirmed", "e2", 0, 2), event("b1", "AppointmentCancelled", "e3", 0, 3),
				event("b1", "SlotFreed", "e4", 0, 4), event("b1", "AppointmentConfirmed", "e2", 0, 5));
		assertThat(PromiseChecks.outOfOrder(inOrder).count()).as("a redelivery is skipped").isZero();

		assertThat(PromiseChecks
			.outOfOrder(List.of(event("b1", "AppointmentConfirmed", "e2", 0, 1),
					event("b1", "AppointmentRequested", "e1", 0, 2)))
			.count()).isOne();
		assertThat(PromiseChecks
			.outOfOrder(List.of(event("b1", "AppointmentRequested", "e1", 0, 1),
					event("b1", "AppointmentConfirmed", "e2", 1, 1)))
			.count()).isOne();
		assertThat(PromiseChecks
			.outOfOrder(List.of(event("b1", "AppointmentRequested", "e1", 0, 1),
					event("b1", "AppointmentCancelled", "e2", 0, 2), event("b1", "AppointmentRescheduled", "e3", 0, 3)))
			.count()).isOne();
	}

	@Test
	void eachPoisonMessageCountsOnceAndEveryOtherDeadLetterIsCounted() {
		List<DeadLetter> deadLetters = List.of(new DeadLetter("spa.booking.events.promotion-service.dlq", "poison-1"),
				new DeadLetter("spa.booking.events.notification-service.dlq", "poison-1"),
				new DeadLetter("spa.promotion.events.booking-service.dlq", "poison-2"),
				new DeadLetter("spa.promotion.events.booking-service.dlq", "b7"));
		Set<String> poison = Set.of("poison-1", "poison-2", "poison-3");

		assertThat(PromiseChecks.poisonFound(poison, deadLetters).count()).isEqualTo(2);
		assertThat(PromiseChecks.otherDeadLetters(poison, deadLetters).ids())
			.containsExactly("spa.promotion.events.booking-service.dlq/b7");
	}

	static BookingEvent event(String booking, String type, String id, int partition, long offset) {
		return new BookingEvent(booking, type, id, partition, offset);
	}

	static Booking booking(String id, String status, String client, String therapist, String second, String room,
			int startHour, int endHour) {
		return new Booking(id, status, client, therapist, second, room, TEN.plusSeconds(3600L * (startHour - 10)),
				TEN.plusSeconds(3600L * (endHour - 10)), List.of());
	}

	private static Booking promoted(String id, String status) {
		return new Booking(id, status, "c-" + id, "t-" + id, null, null, TEN, TEN.plusSeconds(3600), List.of("p1"));
	}

}
