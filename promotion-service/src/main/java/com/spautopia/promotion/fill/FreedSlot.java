package com.spautopia.promotion.fill;

import java.time.Duration;
import java.time.Instant;

import com.spautopia.events.Money;
import com.spautopia.events.booking.SlotFreed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Time a booking freed, and the booking that filled it. Its two halves come from events
 * under different Kafka keys (the freed booking's and the filling booking's), so either
 * may be recorded first; a slot is counted once it is known to be freed.
 *
 * @param id the freed booking's id: the slot's identity in the event contract
 * ({@code SlotFreed.bookingId}, {@code AppointmentRequested.fillsSlotFreedBy})
 * @param freedAt when it was freed; absent while only its filling is known
 * @param reason why it was freed
 * @param fillingBookingId the booking that filled it, if one did
 * @param filledAt when the filling booking was requested
 * @param fillingPrice the filling booking's final price, as promotion-service priced it
 * @param fillingCancelled whether the filling booking was cancelled after
 */
@Document("freed_slots")
record FreedSlot(@Id String id, @Indexed @Nullable Instant freedAt, SlotFreed.@Nullable Reason reason,
		@Indexed(sparse = true) @Nullable String fillingBookingId, @Nullable Instant filledAt,
		@Nullable Money fillingPrice, boolean fillingCancelled) {

	boolean filled() {
		return this.fillingBookingId != null && this.filledAt != null;
	}

	/**
	 * How long the slot stayed free.
	 * @return from freeing to the filling request, never negative; zero when not filled
	 */
	Duration timeToFill() {
		if (!filled() || this.freedAt == null || this.filledAt == null) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(this.freedAt, this.filledAt);
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	/**
	 * Whether its filling brought revenue back: filled and not cancelled.
	 * @return whether it counts as recovered
	 */
	boolean recovered() {
		return filled() && !this.fillingCancelled && this.fillingPrice != null;
	}

}
