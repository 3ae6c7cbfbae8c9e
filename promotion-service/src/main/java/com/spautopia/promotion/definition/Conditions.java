package com.spautopia.promotion.definition;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * When a promotion applies. Empty sets and missing values do not restrict. Days and time
 * windows are read in the spa's time zone: the appointment's start must fall on one of
 * the days and at or after {@code startsFrom} and before {@code startsBefore} (a window
 * whose end is earlier than its start runs past midnight).
 *
 * @param treatmentIds the treatments it applies to
 * @param days the days of the week the appointment may start on
 * @param startsFrom the earliest local start time
 * @param startsBefore the local time the appointment must start before
 * @param firstVisitOnly only for clients with no completed visit yet
 * @param lastMinuteHours only when booked at most this many hours before the start
 * @param clientTags only for clients with at least one of these tags (segments)
 * @param minimumVisits only for clients with at least this many completed visits
 */
public record Conditions(Set<String> treatmentIds, Set<DayOfWeek> days, @Nullable LocalTime startsFrom,
		@Nullable LocalTime startsBefore, boolean firstVisitOnly, @Nullable Integer lastMinuteHours,
		Set<String> clientTags, @Nullable Integer minimumVisits) {

	public Conditions {
		treatmentIds = copy(treatmentIds);
		days = copy(days);
		clientTags = copy(clientTags);
	}

	public static Conditions none() {
		return new Conditions(Set.of(), Set.of(), null, null, false, null, Set.of(), null);
	}

	/**
	 * Whether a booking meets every condition. Without a client (a quote), conditions on
	 * the client's history are not looked at: see {@link #dependsOnClient()}.
	 * @param booking the booking
	 * @return whether the promotion applies
	 */
	public boolean matches(BookingContext booking) {
		return (this.treatmentIds.isEmpty() || this.treatmentIds.contains(booking.treatmentId()))
				&& (this.days.isEmpty() || this.days.contains(booking.start().getDayOfWeek()))
				&& inWindow(booking.start().toLocalTime()) && lastMinute(booking)
				&& (booking.clientId() == null || matchesClient(booking));
	}

	/**
	 * Whether it looks at the client's history (visits, tags), which only a booking
	 * names.
	 * @return whether it depends on the client
	 */
	public boolean dependsOnClient() {
		return this.firstVisitOnly || !this.clientTags.isEmpty() || this.minimumVisits != null;
	}

	private boolean matchesClient(BookingContext booking) {
		return (!this.firstVisitOnly || booking.completedVisits() == 0)
				&& (this.clientTags.isEmpty() || sharesTag(booking.clientTags()))
				&& (this.minimumVisits == null || booking.completedVisits() >= this.minimumVisits);
	}

	private boolean inWindow(LocalTime time) {
		boolean afterStart = this.startsFrom == null || !time.isBefore(this.startsFrom);
		boolean beforeEnd = this.startsBefore == null || time.isBefore(this.startsBefore);
		if (this.startsFrom != null && this.startsBefore != null && this.startsBefore.isBefore(this.startsFrom)) {
			return afterStart || beforeEnd;
		}
		return afterStart && beforeEnd;
	}

	private boolean lastMinute(BookingContext booking) {
		if (this.lastMinuteHours == null) {
			return true;
		}
		Duration notice = Duration.between(booking.bookedAt(), booking.start().toInstant());
		return notice.compareTo(Duration.ofHours(this.lastMinuteHours)) <= 0;
	}

	private boolean sharesTag(Set<String> tags) {
		return !Collections.disjoint(this.clientTags, tags);
	}

	private static <T> Set<T> copy(@Nullable Set<T> values) {
		return (values != null) ? Set.copyOf(values) : Set.of();
	}

}
