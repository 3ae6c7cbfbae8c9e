package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.spautopia.booking.BookingApi;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentRescheduled;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Freed time is announced with SlotFreed, after the change that freed it and in the same
 * write.
 */
@EventFlowTest
class SlotFreedIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TestClock clock;

	@Autowired
	BookingLifecycle lifecycle;

	private BookingApi api;

	private EventTopics topics;

	private ConfirmedBookings bookings;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.api = new BookingApi(this.port);
		this.topics = EventTopics.of(this.environment);
		this.bookings = new ConfirmedBookings(this.api, this.topics);
	}

	@AfterEach
	void disconnect() {
		this.clock.reset();
		this.topics.close();
	}

	@Test
	void aCancellationFreesTheTimeItHeldAfterTheCancelledEvent() {
		Booked booked = this.bookings.bookAndConfirm("697210001");

		this.api.postWithHeaders("/api/bookings/" + booked.id() + "/cancel", "{}",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		SlotFreed freed = this.topics.awaitBookingEvent(booked.id(), SlotFreed.class);
		assertThat(freed.reason()).isEqualTo(SlotFreed.Reason.CANCELLED);
		assertThat(freed.freed().start()).isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		assertThat(freed.freed().therapistId()).isEqualTo(booked.therapistId());
		assertThat(freed.freedAt()).isEqualTo(this.clock.instant());
		assertThat(typesOf(booked.id())).containsSubsequence("AppointmentCancelled", "SlotFreed");
	}

	@Test
	void aMoveFreesTheOldTime() {
		Booked booked = this.bookings.bookAndConfirm("697210002");
		String newStart = this.api.firstFreeSlot(ConfirmedBookings.BACK_PAIN, booked.therapistId())
			.get("start")
			.asText();

		this.api.postWithHeaders("/api/bookings/" + booked.id() + "/reschedule", "{\"start\": \"" + newStart + "\"}",
				Map.of(BookingController.MANAGE_TOKEN, booked.token()));

		SlotFreed freed = this.topics.awaitBookingEvent(booked.id(), SlotFreed.class);
		assertThat(freed.reason()).isEqualTo(SlotFreed.Reason.RESCHEDULED);
		assertThat(freed.freed().start()).isAtSameInstantAs(OffsetDateTime.parse(booked.start()));
		assertThat(typesOf(booked.id())).containsSubsequence("AppointmentRescheduled", "SlotFreed");
		assertThat(this.topics.awaitBookingEvent(booked.id(), AppointmentRescheduled.class).appointment().start())
			.isAtSameInstantAs(OffsetDateTime.parse(newStart));
	}

	@Test
	void aReleaseOfAnUnconfirmedBookingSaysSo() {
		Booked booked = this.bookings.bookAndConfirm("697210003");

		this.lifecycle.cancel(booked.id(), AppointmentCancelled.CancelledBy.SYSTEM,
				AppointmentCancelled.RELEASED_UNCONFIRMED);

		assertThat(this.topics.awaitBookingEvent(booked.id(), AppointmentCancelled.class).releasedUnconfirmed())
			.isTrue();
		assertThat(this.topics.awaitBookingEvent(booked.id(), SlotFreed.class).reason())
			.isEqualTo(SlotFreed.Reason.RELEASED_UNCONFIRMED);
	}

	private List<String> typesOf(String bookingId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.topics.events(Topics.BOOKING_EVENTS)
				.stream()
				.anyMatch((event) -> event.data().aggregateId().equals(bookingId)));
		return this.topics.events(Topics.BOOKING_EVENTS)
			.stream()
			.map(EventEnvelope::data)
			.filter((event) -> event.aggregateId().equals(bookingId))
			.map(SpaEvent::getClass)
			.map(Class::getSimpleName)
			.toList();
	}

}
