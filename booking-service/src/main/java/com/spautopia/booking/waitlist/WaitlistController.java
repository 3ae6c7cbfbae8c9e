package com.spautopia.booking.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

	WaitlistController(Waitlist waitlist, WaitlistTokens tokens) {
		this.waitlist = waitlist;
		this.tokens = tokens;
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
