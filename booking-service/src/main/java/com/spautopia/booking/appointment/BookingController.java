package com.spautopia.booking.appointment;

import java.security.Principal;
import java.time.OffsetDateTime;

import com.spautopia.booking.client.ClientDetails;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.security.Callers;
import com.spautopia.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Bookings over HTTP. A client sees and manages their own booking with its manage token,
 * sent as the {@code X-Manage-Token} header; staff need no token.
 */
@RestController
@RequestMapping("/api/bookings")
class BookingController {

	static final String MANAGE_TOKEN = "X-Manage-Token";

	private final BookingService bookings;

	private final BookingStore store;

	private final BookingLifecycle lifecycle;

	private final Rescheduling rescheduling;

	private final ManageLinks manageLinks;

	BookingController(BookingService bookings, BookingStore store, BookingLifecycle lifecycle,
			Rescheduling rescheduling, ManageLinks manageLinks) {
		this.bookings = bookings;
		this.store = store;
		this.lifecycle = lifecycle;
		this.rescheduling = rescheduling;
		this.manageLinks = manageLinks;
	}

	@PostMapping
	ResponseEntity<BookingView> book(
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 200) String idempotencyKey,
			@Valid @RequestBody BookingRequest request, @Nullable Principal caller, UriComponentsBuilder uri) {
		// staff book for clients at the desk or on the phone: the booking says who
		String staff = (caller != null && Callers.have(Role.STAFF)) ? caller.getName() : null;
		Booking booking = this.bookings.book(request, idempotencyKey, staff);
		return ResponseEntity.created(uri.path("/api/bookings/{id}").build(booking.id()))
			.body(BookingView.of(booking, this.manageLinks.token(booking), this.manageLinks.url(booking)));
	}

	@GetMapping("/{id}")
	BookingView booking(@PathVariable String id,
			@RequestHeader(name = MANAGE_TOKEN, required = false) @Nullable String token) {
		Booking booking = this.store.get(id);
		this.manageLinks.authorize(booking, token);
		return BookingView.of(booking);
	}

	@PostMapping("/{id}/reschedule")
	BookingView reschedule(@PathVariable String id,
			@RequestHeader(name = MANAGE_TOKEN, required = false) @Nullable String token,
			@Valid @RequestBody RescheduleRequest request) {
		this.manageLinks.authorize(this.store.get(id), token);
		return BookingView.of(this.rescheduling.reschedule(id, request.start(), request.therapistId()));
	}

	@PostMapping("/{id}/cancel")
	BookingView cancel(@PathVariable String id,
			@RequestHeader(name = MANAGE_TOKEN, required = false) @Nullable String token,
			@Valid @RequestBody(required = false) @Nullable CancelRequest request) {
		this.manageLinks.authorize(this.store.get(id), token);
		CancelledBy by = Callers.have(Role.STAFF) ? CancelledBy.STAFF : CancelledBy.CLIENT;
		return BookingView.of(this.lifecycle.cancel(id, by, (request != null) ? request.reason() : null));
	}

	/**
	 * The language of the booking's later messages, chosen on the manage page.
	 */
	@PostMapping("/{id}/language")
	BookingView language(@PathVariable String id,
			@RequestHeader(name = MANAGE_TOKEN, required = false) @Nullable String token,
			@Valid @RequestBody LanguageRequest request) {
		this.manageLinks.authorize(this.store.get(id), token);
		return BookingView.of(this.lifecycle.changeLanguage(id, request.language()));
	}

	@PostMapping("/{id}/complete")
	BookingView complete(@PathVariable String id) {
		return BookingView.of(this.lifecycle.complete(id));
	}

	@PostMapping("/{id}/no-show")
	BookingView noShow(@PathVariable String id) {
		return BookingView.of(this.lifecycle.noShow(id));
	}

	/**
	 * A new time for a booking.
	 *
	 * @param start the new start, with its offset
	 * @param therapistId another therapist, or none to keep the same one if free (else
	 * any)
	 */
	record RescheduleRequest(@NotNull OffsetDateTime start, @Nullable @Size(max = 100) String therapistId) {
	}

	/**
	 * The language a client wants their messages in.
	 *
	 * @param language {@code en} or {@code pl}
	 */
	record LanguageRequest(
			@NotNull @Pattern(regexp = ClientDetails.LANGUAGES, message = "must be en or pl") String language) {
	}

	/**
	 * Why a booking is cancelled.
	 *
	 * @param reason the reason, if the client gives one
	 */
	record CancelRequest(@Nullable @Size(max = 500) String reason) {
	}

}
