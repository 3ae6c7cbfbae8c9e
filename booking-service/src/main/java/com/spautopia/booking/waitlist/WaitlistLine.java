package com.spautopia.booking.waitlist;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.spautopia.events.booking.AppointmentDetails;
import org.jspecify.annotations.Nullable;

/**
 * Who is next for freed time: the waiting clients whose wish it meets, in the order they
 * joined; each offered the time once, and never the client whose booking freed it.
 */
final class WaitlistLine {

	private WaitlistLine() {
	}

	/**
	 * The next waiting client to offer freed time to.
	 * @param waiting the entries still waiting
	 * @param freed the freed time
	 * @param therapistIds the therapists it would be given by
	 * @param freedByPhone the phone of the client whose booking freed it
	 * @param offeredBefore the entries already offered this time
	 * @return the entry, or empty when nobody is waiting for it
	 */
	static Optional<WaitlistEntry> next(Collection<WaitlistEntry> waiting, AppointmentDetails freed,
			List<String> therapistIds, String freedByPhone, Set<String> offeredBefore) {
		ZoneId zone = ZoneId.of(freed.timeZone());
		return next(waiting, freed.treatmentId(), therapistIds, freed.start().atZoneSameInstant(zone).toLocalDateTime(),
				freed.end().atZoneSameInstant(zone).toLocalDateTime(), freedByPhone, offeredBefore);
	}

	/**
	 * The next waiting client to offer freed time to.
	 * @param waiting the entries still waiting
	 * @param treatmentId the treatment the freed time was booked for
	 * @param therapistIds the therapists it would be given by
	 * @param start its start in the spa's time zone
	 * @param end its end in the spa's time zone
	 * @param freedByPhone the phone of the client whose booking freed it, if known
	 * @param offeredBefore the entries already offered this time
	 * @return the entry, or empty when nobody is waiting for it
	 */
	static Optional<WaitlistEntry> next(Collection<WaitlistEntry> waiting, String treatmentId,
			List<String> therapistIds, LocalDateTime start, LocalDateTime end, @Nullable String freedByPhone,
			Collection<String> offeredBefore) {
		return waiting.stream()
			.filter((entry) -> entry.status() == WaitlistEntry.Status.WAITING)
			.filter((entry) -> !offeredBefore.contains(entry.id()))
			.filter((entry) -> !entry.client().phone().equals(freedByPhone))
			.filter((entry) -> entry.wish().wants(treatmentId, therapistIds, start, end))
			.min(Comparator.comparing(WaitlistEntry::joinedAt).thenComparing(WaitlistEntry::id));
	}

}
