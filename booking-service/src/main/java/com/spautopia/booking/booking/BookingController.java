package com.spautopia.booking.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.spautopia.booking.web.Problems;

@RestController
@RequestMapping("/api/bookings")
class BookingController {

	private final BookingService bookings;

	private final BookingRepository repository;

	private final IdempotencyKeys idempotencyKeys;

	private final ManageLinks manageLinks;

	BookingController(BookingService bookings, BookingRepository repository, IdempotencyKeys idempotencyKeys,
			ManageLinks manageLinks) {
		this.bookings = bookings;
		this.repository = repository;
		this.idempotencyKeys = idempotencyKeys;
		this.manageLinks = manageLinks;
	}

	@PostMapping
	ResponseEntity<BookingView> book(
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 200) String idempotencyKey,
			@Valid @RequestBody BookingRequest request, UriComponentsBuilder uri) {
		String id = (idempotencyKey != null)
				? this.idempotencyKeys.once(idempotencyKey, request, () -> this.bookings.book(request))
				: this.bookings.book(request).id();
		Booking booking = find(id);
		return ResponseEntity.created(uri.path("/api/bookings/{id}").build(id))
			.body(BookingView.withManageLink(booking, this.manageLinks.url(booking)));
	}

	@GetMapping("/{id}")
	BookingView booking(@PathVariable String id) {
		return BookingView.of(find(id));
	}

	private Booking find(String id) {
		return this.repository.findById(id)
			.orElseThrow(
					() -> Problems.of(HttpStatus.NOT_FOUND, "booking-not-found", "There is no booking '" + id + "'."));
	}

}
