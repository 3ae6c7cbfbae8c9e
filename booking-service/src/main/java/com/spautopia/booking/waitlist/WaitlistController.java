package com.spautopia.booking.waitlist;

import com.spautopia.booking.appointment.Booking;
import com.spautopia.booking.appointment.OfferHolds;
import com.spautopia.events.booking.AppointmentDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The waitlist over HTTP: clients join without an account and leave with the token they
 * were given.
 */
@RestController
@RequestMapping("/api/waitlist")
class WaitlistController {

	private final Waitlist waitlist;

	private final WaitlistTokens tokens;

	private final OfferClaims claims;

	WaitlistController(Waitlist waitlist, WaitlistTokens tokens, OfferClaims claims) {
		this.waitlist = waitlist;
		this.tokens = tokens;
		this.claims = claims;
	}

	@GetMapping("/offers/{id}")
	OfferView offer(@PathVariable String id, @RequestParam String token) {
		WaitlistOffer offer = this.claims.offer(id, token);
		return new OfferView(offer.id(), offer.status(), offer.held().details(), offer.expiresAt());
	}

	/**
	 * An offer as its link shows it.
	 *
	 * @param offerId the offer
	 * @param status where it is: only an offered one can be claimed
	 * @param offered the time offered
	 * @param expiresAt until when it is held
	 */
	record OfferView(String offerId, WaitlistOffer.Status status, AppointmentDetails offered,
			@Nullable Instant expiresAt) {
	}

	@PostMapping("/offers/{id}/claim")
	ClaimView claim(@PathVariable String id, @RequestParam String token) {
		OfferHolds.Claimed claimed = this.claims.claim(id, token);
		Booking booking = claimed.booking();
		return new ClaimView(booking.id(), booking.status().name(), booking.appointment(), claimed.manageToken());
	}

	/**
	 * The booking a claim made.
	 *
	 * @param bookingId the booking
	 * @param status where it is (requested until priced, then confirmed)
	 * @param appointment what, when and with whom
	 * @param manageToken the token that lets the client manage it
	 */
	record ClaimView(String bookingId, String status, AppointmentDetails appointment, String manageToken) {
	}

	@PostMapping
	ResponseEntity<EntryView> join(@Valid @RequestBody WaitlistRequest request, UriComponentsBuilder uri) {
		WaitlistEntry entry = this.waitlist.join(request);
		return ResponseEntity.created(uri.path("/api/waitlist/{id}").build(entry.id()))
			.body(EntryView.of(entry, this.tokens.entryToken(entry.id())));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> leave(@PathVariable String id, @RequestParam String token) {
		this.waitlist.leave(id, token);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A waitlist entry as its client sees it.
	 *
	 * @param id the entry's id
	 * @param status where it is
	 * @param treatmentId the treatment
	 * @param therapistId the therapist, if one was asked for
	 * @param from the first day
	 * @param to the last day
	 * @param earliest the earliest start
	 * @param latest the latest end
	 * @param joinedAt when the client joined
	 * @param manageToken the token that lets the client leave (only when joining)
	 */
	record EntryView(String id, WaitlistEntry.Status status, String treatmentId, @Nullable String therapistId,
			LocalDate from, LocalDate to, LocalTime earliest, LocalTime latest, Instant joinedAt, String manageToken) {

		static EntryView of(WaitlistEntry entry, String token) {
			WaitlistWish wish = entry.wish();
			return new EntryView(entry.id(), entry.status(), wish.treatmentId(), wish.therapistId(), wish.from(),
					wish.to(), wish.earliest(), wish.latest(), entry.joinedAt(), token);
		}

	}

}
