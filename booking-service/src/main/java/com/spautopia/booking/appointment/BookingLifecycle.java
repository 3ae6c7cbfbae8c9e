package com.spautopia.booking.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import com.spautopia.booking.client.ClientErasure;
import com.spautopia.booking.client.ClientDirectory;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentNoShow;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.booking.SlotFreed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What happens to a booking after it is made: cancelled, completed, no-show, confirmed by
 * the client. Each change is checked against the booking's state (an illegal one is a 409
 * that says why) and saved with its event in one write.
 */
@Service
class BookingLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BookingLifecycle.class);

	private final BookingStore store;

	private final BookingTimes times;

	private final ClientDirectory clients;

	private final Outbox outbox;

	private final Clock clock;

	private final Duration lateCancelWindow;

	BookingLifecycle(BookingStore store, BookingTimes times, ClientDirectory clients, Outbox outbox, Clock clock,
			LifecycleProperties properties) {
		this.store = store;
		this.times = times;
		this.clients = clients;
		this.outbox = outbox;
		this.clock = clock;
		this.lateCancelWindow = properties.lateCancelWindow();
	}

	Booking cancel(String id, CancelledBy by, @Nullable String reason) {
		ClientSnapshot client = clientNow(this.store.get(id));
		Booking cancelled = this.store.change(id, (booking) -> {
			if (booking.status() == BookingStatus.CANCELLED) {
				return booking;
			}
			requireOpen(booking, "cancelled");
			Instant now = this.clock.instant();
			return cancelled(booking, client, by, reason, booking.movedLate() || isLate(booking, now), now);
		});
		this.times.release(cancelled.time(), id, cancelled.client().phone());
		log.info("Booking {} cancelled by {}{}", id, by, cancelled.cancellation().late() ? " (late)" : "");
		return cancelled;
	}

	/**
	 * Releases a confirmed booking the client has not confirmed by the cut-off: cancelled
	 * by the system (not a late cancellation: the client did not cancel), its time freed
	 * for the waitlist. A booking the client confirmed meanwhile, or that changed
	 * otherwise, stays as it is.
	 * @param id the booking
	 * @param before how long before its start the cut-off is
	 * @return whether it was released
	 */
	boolean releaseUnconfirmed(String id, Duration before) {
		ClientSnapshot client = clientNow(this.store.get(id));
		AtomicBoolean released = new AtomicBoolean();
		Booking result = this.store.change(id, (booking) -> {
			Instant now = this.clock.instant();
			// an erased client's booking is not released: no one to tell,
			// and its events would carry no reachable client
			released.set(!ClientErasure.isErased(booking.client()) && ConfirmationCutOff.due(booking.status(),
					booking.clientConfirmedAt(), booking.time().start(), now, before));
			return released.get() ? cancelled(booking, client, CancelledBy.SYSTEM,
					AppointmentCancelled.RELEASED_UNCONFIRMED, false, now) : booking;
		});
		if (released.get()) {
			this.times.release(result.time(), id, result.client().phone());
			log.info("Booking {} released: not confirmed by the client {} before its start", id, before);
		}
		return released.get();
	}

	private Booking cancelled(Booking booking, ClientSnapshot client, CancelledBy by, @Nullable String reason,
			boolean late, Instant now) {
		Booking changed = withEvent(booking.cancelled(new Cancellation(by, reason, late, now)),
				new AppointmentCancelled(booking.id(), booking.appointment(), client, by, reason, late, now), now);
		return withSlotFreed(changed, booking, FreedTime.cancelled(by, reason), now);
	}

	Booking complete(String id) {
		return close(id, BookingStatus.COMPLETED);
	}

	Booking noShow(String id) {
		return close(id, BookingStatus.NO_SHOW);
	}

	void confirmedByClient(String id, Instant at) {
		if (!this.store.exists(id)) {
			log.warn("Client confirmation for unknown booking {} ignored", id);
			return;
		}
		this.store.change(id,
				(booking) -> (booking.clientConfirmedAt() != null || booking.status() != BookingStatus.CONFIRMED)
						? booking : booking.confirmedByClient(at));
	}

	/**
	 * The language of the booking's later messages. A confirmed booking says so in an
	 * event, so that its reminders follow; a requested one carries it in its
	 * confirmation.
	 * @param id the booking
	 * @param language the language (en or pl)
	 * @return the booking as saved
	 */
	Booking changeLanguage(String id, String language) {
		return this.store.change(id, (booking) -> {
			if (language.equals(booking.client().language())) {
				return booking;
			}
			Booking changed = booking.inLanguage(language);
			if (booking.status() != BookingStatus.CONFIRMED) {
				return changed;
			}
			Instant now = this.clock.instant();
			return withEvent(changed,
					new AppointmentLanguageChanged(id, changed.appointment(), clientNow(changed), now), now);
		});
	}

	private Booking close(String id, BookingStatus status) {
		ClientSnapshot client = clientNow(this.store.get(id));
		return this.store.change(id, (booking) -> {
			if (booking.status() == status) {
				return booking;
			}
			if (!booking.status().canBecome(status)) {
				throw conflict(booking, "marked " + status.slug());
			}
			Instant now = this.clock.instant();
			if (now.isBefore(booking.time().start())) {
				throw Problems.of(HttpStatus.CONFLICT, "not-started", "Booking " + id + " starts at "
						+ booking.appointment().start() + "; it cannot be marked " + status.slug() + " before then.");
			}
			SpaEvent event = (status == BookingStatus.COMPLETED) ? completed(booking, client, now)
					: new AppointmentNoShow(id, booking.appointment(), client, now);
			return withEvent(booking.closed(status, now), event, now);
		});
	}

	private static AppointmentCompleted completed(Booking booking, ClientSnapshot client, Instant now) {
		Pricing pricing = (booking.pricing() != null) ? booking.pricing()
				: Pricing.atListPrice(booking.time().listPrice(), Pricing.Source.EVALUATION_TIMED_OUT);
		return new AppointmentCompleted(booking.id(), booking.appointment(), client, pricing.finalPrice(), now,
				pricing);
	}

	/**
	 * Whether a change made now is late: inside the late-cancel window before the
	 * booking's start. A cancellation is late too when the booking was moved late, so
	 * that moving first and cancelling after is no way around the window.
	 * @param booking the booking
	 * @param now when the change is made
	 * @return whether it is late
	 */
	boolean isLate(Booking booking, Instant now) {
		return now.isAfter(booking.time().start().minus(this.lateCancelWindow));
	}

	void requireOpen(Booking booking, String change) {
		if (!booking.status().isOpen()) {
			throw conflict(booking, change);
		}
		if (!this.clock.instant().isBefore(booking.time().start())) {
			throw Problems.of(HttpStatus.CONFLICT, "already-started", "Booking " + booking.id() + " started at "
					+ booking.appointment().start() + "; it can no longer be " + change + ".");
		}
	}

	/**
	 * The booking's client as events should show them now: consents and tags may have
	 * changed since the booking was made.
	 * @param booking the booking
	 * @return the client's current snapshot, or the one taken when booking if the client
	 * is gone
	 */
	ClientSnapshot clientNow(Booking booking) {
		return this.clients.asOf(booking.client());
	}

	/**
	 * The changed booking with a SlotFreed event for the time it held before the change,
	 * when that time has not started yet: the waitlist can offer it.
	 * @param changed the booking as changed (its event already appended)
	 * @param before the booking before the change
	 * @param reason why its time is free
	 * @param now when the change is made
	 * @return the changed booking, with SlotFreed when the time is still to come
	 */
	Booking withSlotFreed(Booking changed, Booking before, SlotFreed.Reason reason, Instant now) {
		if (!FreedTime.worthOffering(before.time().start(), now)) {
			return changed;
		}
		return withEvent(changed, new SlotFreed(before.id(), reason, before.appointment(), now), now);
	}

	Booking withEvent(Booking booking, SpaEvent event, Instant now) {
		return booking.withEvent(this.outbox.entry(event, now));
	}

	private static RuntimeException conflict(Booking booking, String change) {
		return Problems.of(HttpStatus.CONFLICT, "illegal-transition",
				"Booking " + booking.id() + " is " + booking.status().slug() + "; it cannot be " + change + ".");
	}

	/**
	 * Rules for changing bookings.
	 *
	 * @param lateCancelWindow a cancellation this close to the start is flagged as late
	 */
	@ConfigurationProperties("spa.booking.lifecycle")
	record LifecycleProperties(Duration lateCancelWindow) {

		LifecycleProperties {
			lateCancelWindow = (lateCancelWindow != null) ? lateCancelWindow : Duration.ofHours(24);
		}

	}

}
