package com.spautopia.booking.appointment;

import java.time.Instant;

import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.events.booking.SlotFreed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreedTimeTest {

	private static final Instant NOW = Instant.parse("2030-03-04T10:00:00Z");

	@Test
	void aSystemReleaseForNoConfirmationIsNamedAsSuch() {
		assertThat(FreedTime.cancelled(CancelledBy.SYSTEM, AppointmentCancelled.RELEASED_UNCONFIRMED))
			.isEqualTo(SlotFreed.Reason.RELEASED_UNCONFIRMED);
	}

	@Test
	void anyOtherCancellationIsACancellation() {
		assertThat(FreedTime.cancelled(CancelledBy.SYSTEM, "Spa closed")).isEqualTo(SlotFreed.Reason.CANCELLED);
		assertThat(FreedTime.cancelled(CancelledBy.CLIENT, AppointmentCancelled.RELEASED_UNCONFIRMED))
			.isEqualTo(SlotFreed.Reason.CANCELLED);
		assertThat(FreedTime.cancelled(CancelledBy.STAFF, null)).isEqualTo(SlotFreed.Reason.CANCELLED);
	}

	@Test
	void onlyTimeStillToComeIsWorthOffering() {
		assertThat(FreedTime.worthOffering(NOW.plusSeconds(1), NOW)).isTrue();
		assertThat(FreedTime.worthOffering(NOW, NOW)).isFalse();
		assertThat(FreedTime.worthOffering(NOW.minusSeconds(60), NOW)).isFalse();
	}

}
