package com.spautopia.localstack.chaos;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the harness read from the outside, as plain values its checks decide on.
 */
public final class Observed {

	private Observed() {
	}

	/**
	 * A record of a booking's event read from {@code spa.booking.events}.
	 *
	 * @param bookingId the CloudEvents subject (the booking)
	 * @param type the event type's simple name, e.g. {@code AppointmentConfirmed}
	 * @param eventId the CloudEvents id
	 * @param partition the partition it was read from
	 * @param offset its offset there
	 */
	public record BookingEvent(String bookingId, String type, String eventId, int partition, long offset) {
	}

	/**
	 * A booking as the staff API shows it after the run.
	 *
	 * @param id the booking
	 * @param status its status
	 * @param clientId the client
	 * @param therapistId the therapist
	 * @param secondTherapistId the second therapist of a couples treatment
	 * @param roomId the room
	 * @param start its start
	 * @param end its end
	 * @param promotionIds the promotions it was given
	 */
	public record Booking(String id, String status, String clientId, String therapistId,
			@Nullable String secondTherapistId, @Nullable String roomId, Instant start, Instant end,
			java.util.List<String> promotionIds) {

		boolean holdsItsTime() {
			return !"CANCELLED".equals(this.status);
		}

	}

	/**
	 * An SMS the simulator accepted.
	 *
	 * @param to the recipient
	 * @param body the text
	 * @param acceptedAt when the simulator accepted it
	 */
	public record Sms(String to, String body, Instant acceptedAt) {
	}

	/**
	 * A record of a dead-letter topic.
	 *
	 * @param topic the dead-letter topic
	 * @param key the record's key, as text
	 */
	public record DeadLetter(String topic, @Nullable String key) {
	}

}
