package com.spautopia.booking.appointment;

import java.net.URI;
import java.util.regex.Pattern;

import com.spautopia.booking.web.Problems;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The short manage links of SMS: {@code GET /m/<code>} redirects (303) to the booking's
 * manage page with its token. The booking is found by the hash of the code (the
 * {@code short_code} index; no booking stores a code or a token); an unknown code is a
 * 404 problem.
 */
@RestController
class ShortLinkController {

	static final String PATH = "/m";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{" + ManageLinks.SHORT_CODE_LENGTH + "}");

	private final MongoTemplate mongo;

	private final ManageLinks manageLinks;

	ShortLinkController(MongoTemplate mongo, ManageLinks manageLinks) {
		this.mongo = mongo;
		this.manageLinks = manageLinks;
	}

	@GetMapping(PATH + "/{code}")
	ResponseEntity<Void> redirect(@PathVariable String code) {
		if (!CODE.matcher(code).matches()) {
			throw unknown();
		}
		// the booking keeps the hash of its code (a unique index), never the code; a
		// booking made before codes
		// were derived also the hash of the code its SMS carried (legacy_short_code)
		String hash = ManageLinks.shortCodeHash(code);
		Query byCode = Query.query(new Criteria().orOperator(Criteria.where("manageAccess.shortCodeHash").is(hash),
				Criteria.where("manageAccess.legacyShortCodeHash").is(hash)));
		Booking found = this.mongo.findOne(byCode, Booking.class);
		if (found == null) {
			throw unknown();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(this.manageLinks.url(found))).build();
	}

	private static RuntimeException unknown() {
		return Problems.of(HttpStatus.NOT_FOUND, "unknown-short-link",
				"This link is not (or no longer) a booking's link. Your confirmation email has the full link.");
	}

}
