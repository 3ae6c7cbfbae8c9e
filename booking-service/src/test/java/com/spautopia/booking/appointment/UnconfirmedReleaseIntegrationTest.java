package com.spautopia.booking.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.ConfirmedBookings;
import com.spautopia.booking.ConfirmedBookings.Booked;
import com.spautopia.booking.EventFlowTest;
import com.spautopia.booking.EventTopics;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.SlotFreed;
import com.spautopia.testsupport.time.FreeTime;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking the client has not confirmed by the cut-off is released and its time freed;
 * one the client confirmed stays. The job is off by default: the test runs it.
 */
@EventFlowTest
class UnconfirmedReleaseIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TestClock clock;

	@Autowired
	UnconfirmedRelease release;

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
	void anUnconfirmedBookingIsReleasedAtTheCutOffAndAConfirmedOneStays() {
		// a Monday weeks ahead, which no other test of the shared context books: the job
		// releases whatever is due, and must find only this test's bookings
		FreeTime free = FreeTime.at("http://localhost:" + this.port);
		JsonNode first = free.firstSlot("back-pain-desk-workers", "maria-nowak", 45, DayOfWeek.MONDAY);
		Booked unconfirmed = this.bookings.bookAndConfirm("697210201", "maria-nowak", first.get("start").asText());
		JsonNode second = free.firstSlot("back-pain-desk-workers", "maria-nowak", 45, DayOfWeek.MONDAY);
		Booked confirmed = this.bookings.bookAndConfirm("697210202", "maria-nowak", second.get("start").asText());
		this.lifecycle.confirmedByClient(confirmed.id(), this.clock.instant());
		OffsetDateTime start = OffsetDateTime.parse(unconfirmed.start());
		this.clock.setTo(start.toInstant().minus(Duration.ofHours(7)));
		assertThat(this.release.releaseDue()).as("before the cut-off").isZero();

		this.clock.setTo(start.toInstant().minus(Duration.ofHours(5)));
		this.release.releaseDue();

		assertThat(status(unconfirmed)).isEqualTo("CANCELLED");
		assertThat(status(confirmed)).isEqualTo("CONFIRMED");
		AppointmentCancelled cancelled = this.topics.awaitBookingEvent(unconfirmed.id(), AppointmentCancelled.class);
		assertThat(cancelled.releasedUnconfirmed()).isTrue();
		assertThat(cancelled.lateCancellation()).isFalse();
		SlotFreed freed = this.topics.awaitBookingEvent(unconfirmed.id(), SlotFreed.class);
		assertThat(freed.reason()).isEqualTo(SlotFreed.Reason.RELEASED_UNCONFIRMED);
		assertThat(freed.freed().start()).isAtSameInstantAs(start);
		this.release.releaseDue();
		assertThat(this.lifecycle.releaseUnconfirmed(unconfirmed.id(), Duration.ofHours(6))).as("released once")
			.isFalse();
		assertThat(status(confirmed)).as("a booking the client confirmed is never released").isEqualTo("CONFIRMED");
	}

	private String status(Booked booked) {
		return this.api.staff().get("/api/bookings/" + booked.id()).json().get("status").asText();
	}

}
