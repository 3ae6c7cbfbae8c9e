package com.spautopia.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.security.Callers;
import com.spautopia.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Unguessable manage tokens and the links that carry them: the manage page's link with
 * the whole token, and a short link for SMS ({@code /m/<code>}, the code being the
 * token's first {@value #SHORT_CODE_LENGTH} characters: 72 random bits) that redirects to
 * it.
 */
@Component
class ManageLinks {

	/** Base64url characters of the token in a short link: 6 random bits each. */
	static final int SHORT_CODE_LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final SpaProperties spa;

	private final Clock clock;

	ManageLinks(SpaProperties spa, Clock clock) {
		this.spa = spa;
		this.clock = clock;
	}

	String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Lets staff through, and anyone else only with the booking's manage token.
	 * @param booking the booking to see or change
	 * @param token the manage token the caller sent, if any
	 * @throws org.springframework.web.ErrorResponseException 403 when the caller is not
	 * staff and the token is missing, wrong or expired
	 */
	void authorize(Booking booking, @Nullable String token) {
		if (!Callers.have(Role.STAFF)) {
			verify(booking, token);
		}
	}

	/**
	 * Checks a client's manage token in constant time; it works until the appointment has
	 * ended.
	 * @param booking the booking the client wants to manage
	 * @param token the token the client sent
	 * @throws org.springframework.web.ErrorResponseException 403 when it is missing or
	 * not this booking's
	 */
	void verify(Booking booking, @Nullable String token) {
		byte[] expected = booking.manageToken().getBytes(StandardCharsets.UTF_8);
		byte[] given = (token != null) ? token.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(expected, given)) {
			throw Problems.of(HttpStatus.FORBIDDEN, "invalid-manage-token",
					"This link does not let you manage booking " + booking.id() + ".");
		}
		if (this.clock.instant().isAfter(booking.time().end())) {
			throw Problems.of(HttpStatus.FORBIDDEN, "manage-link-expired",
					"This link expired when the appointment ended; the spa's staff can still help.");
		}
	}

	/**
	 * The short link to a booking's manage page, on the manage page's host.
	 * @param booking the booking
	 * @return such as {@code https://spautopia.pl/m/Xk3_9aQw-LmZ}
	 */
	String shortUrl(Booking booking) {
		return UriComponentsBuilder.fromUri(this.spa.manageBaseUrl())
			.replacePath(ShortLinkController.PATH)
			.replaceQuery(null)
			.fragment(null)
			.pathSegment(shortCode(booking.manageToken()))
			.build()
			.toUriString();
	}

	static String shortCode(String manageToken) {
		return manageToken.substring(0, SHORT_CODE_LENGTH);
	}

	String url(Booking booking) {
		return UriComponentsBuilder.fromUri(this.spa.manageBaseUrl())
			.pathSegment(booking.id())
			.queryParam("token", booking.manageToken())
			.build()
			.toUriString();
	}

}
