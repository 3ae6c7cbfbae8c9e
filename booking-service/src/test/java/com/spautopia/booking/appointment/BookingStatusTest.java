package com.spautopia.booking.appointment;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static com.spautopia.booking.appointment.BookingStatus.CANCELLED;
import static com.spautopia.booking.appointment.BookingStatus.COMPLETED;
import static com.spautopia.booking.appointment.BookingStatus.CONFIRMED;
import static com.spautopia.booking.appointment.BookingStatus.NO_SHOW;
import static com.spautopia.booking.appointment.BookingStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

class BookingStatusTest {

	@Test
	void aRequestedBookingIsConfirmedOrCancelled() {
		assertThat(next(REQUESTED)).containsExactlyInAnyOrder(CONFIRMED, CANCELLED);
	}

	@Test
	void aConfirmedBookingIsCancelledCompletedOrMissed() {
		assertThat(next(CONFIRMED)).containsExactlyInAnyOrder(CANCELLED, COMPLETED, NO_SHOW);
	}

	@Test
	void cancelledCompletedAndMissedBookingsAreFinal() {
		assertThat(next(CANCELLED)).isEmpty();
		assertThat(next(COMPLETED)).isEmpty();
		assertThat(next(NO_SHOW)).isEmpty();
	}

	@Test
	void onlyRequestedAndConfirmedBookingsAreOpenAndOnlyConfirmedOnesMove() {
		assertThat(EnumSet.allOf(BookingStatus.class).stream().filter(BookingStatus::isOpen))
			.containsExactlyInAnyOrder(REQUESTED, CONFIRMED);
		assertThat(EnumSet.allOf(BookingStatus.class).stream().filter(BookingStatus::canMove))
			.containsExactly(CONFIRMED);
	}

	@Test
	void theSlugIsHowPeopleReadIt() {
		assertThat(NO_SHOW.slug()).isEqualTo("no-show");
		assertThat(CONFIRMED.slug()).isEqualTo("confirmed");
	}

	private static EnumSet<BookingStatus> next(BookingStatus from) {
		EnumSet<BookingStatus> next = EnumSet.noneOf(BookingStatus.class);
		for (BookingStatus to : BookingStatus.values()) {
			if (from.canBecome(to)) {
				next.add(to);
			}
		}
		return next;
	}

}
