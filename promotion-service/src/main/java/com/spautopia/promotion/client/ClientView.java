package com.spautopia.promotion.client;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows about a client, from appointment events.
 *
 * @param id the client's id in booking-service
 * @param name the name
 * @param phone the phone number in E.164 form
 * @param email the email address, if any
 * @param consents the consents booking-service last reported (opt-outs are kept apart, by
 * phone, see {@link ConsentChanges})
 * @param tags segment tags
 * @param visits completed visits
 * @param noShows appointments the client did not come to
 * @param lastVisitAt the start of the latest completed visit
 * @param treatments the treatments of completed visits
 * @param completedBookingIds the completed bookings, in the order they were recorded
 * @param noShowBookingIds the bookings the client did not come to
 * @param snapshotAt the time of the event the details come from
 * @param language the language of the client's messages, if they chose one
 */
@Document("clients")
public record ClientView(@Id String id, String name, @Indexed String phone, @Nullable String email, Consents consents,
		List<String> tags, int visits, int noShows, @Nullable Instant lastVisitAt, Set<String> treatments,
		List<String> completedBookingIds, List<String> noShowBookingIds, @Nullable Instant snapshotAt,
		@Nullable String language) {

	public ClientView {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		treatments = (treatments != null) ? Set.copyOf(treatments) : Set.of();
		completedBookingIds = (completedBookingIds != null) ? List.copyOf(completedBookingIds) : List.of();
		noShowBookingIds = (noShowBookingIds != null) ? List.copyOf(noShowBookingIds) : List.of();
	}

	/**
	 * A client without a chosen language (the spa's default applies).
	 */
	public ClientView(String id, String name, String phone, @Nullable String email, Consents consents,
			List<String> tags, int visits, int noShows, @Nullable Instant lastVisitAt, Set<String> treatments,
			List<String> completedBookingIds, List<String> noShowBookingIds, @Nullable Instant snapshotAt) {
		this(id, name, phone, email, consents, tags, visits, noShows, lastVisitAt, treatments, completedBookingIds,
				noShowBookingIds, snapshotAt, null);
	}

	static ClientView of(ClientSnapshot client, Instant at) {
		return new ClientView(client.clientId(), client.name(), client.phone(), client.email(), client.consents(),
				client.tags(), 0, 0, null, Set.of(), List.of(), List.of(), at, client.language());
	}

	public ClientSnapshot snapshot() {
		return new ClientSnapshot(this.id, this.name, this.phone, this.email, this.consents, this.tags, this.language);
	}

	/**
	 * The position of a completed booking among the client's completed visits.
	 * @param bookingId the booking
	 * @return 1 for the first visit, or 0 when the booking is not a completed visit
	 */
	public int visitNumber(String bookingId) {
		return this.completedBookingIds.indexOf(bookingId) + 1;
	}

}
