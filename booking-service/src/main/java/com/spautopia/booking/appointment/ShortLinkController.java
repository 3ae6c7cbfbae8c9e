package com.spautopia.booking.appointment;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import com.spautopia.booking.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * manage page with its token. The code is the start of the manage token, found through
 * the {@code manage_token} index (a prefix match real MongoDB serves from the index); an
 * unknown code is a 404 problem.
 */
@RestController
class ShortLinkController {

	static final String PATH = "/m";

	private static final Logger log = LoggerFactory.getLogger(ShortLinkController.class);

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
		// the code is only Base64url characters: nothing in it is special to a regex
		Query byCode = Query.query(Criteria.where("manageToken").regex("^" + code)).limit(2);
		List<Booking> found = this.mongo.find(byCode, Booking.class);
		if (found.size() != 1) {
			if (found.size() > 1) {
				log.warn("Short link code shared by two bookings ({}, {}); refused", found.get(0).id(),
						found.get(1).id());
			}
			throw unknown();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(this.manageLinks.url(found.getFirst())))
			.build();
	}

	private static RuntimeException unknown() {
		return Problems.of(HttpStatus.NOT_FOUND, "unknown-short-link",
				"This link is not (or no longer) a booking's link. Your confirmation email has the full link.");
	}

}
