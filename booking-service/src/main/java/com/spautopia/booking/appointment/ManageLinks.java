package com.spautopia.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.security.Callers;
import com.spautopia.security.Role;
import com.spautopia.events.SealedLinks;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links that let a client manage a booking without an account. A booking's manage
 * token and its short link's code are derived from the booking's id with a secret
 * (HMAC-SHA256), so neither is stored: the booking keeps only a hash of the short code
 * (to find the booking a short link names) and, for a booking made before tokens were
 * derived, a hash of the token it was given ({@link ManageAccess}). The manage page's
 * link carries the whole token; the SMS's short link ({@code /m/<code>}, 72 bits)
 * redirects to it. In events the links travel sealed for notification-service.
 */
@Component
class ManageLinks {

	/** Base64url characters of a short link's code: 6 random bits each. */
	static final int SHORT_CODE_LENGTH = 12;

	private static final String HMAC = "HmacSHA256";

	private final SecretKeySpec tokenSecret;

	private final SealedLinks sealed;

	private final SpaProperties spa;

	private final Clock clock;

	ManageLinks(ManageLinkProperties properties, SpaProperties spa, Clock clock) {
		this.tokenSecret = new SecretKeySpec(tokenSecret(properties.tokenSecret()), HMAC);
		this.sealed = SealedLinks.withKey(required(properties.sealingKey(), "SPA_MANAGE_LINKS_SEALING_KEY"));
		this.spa = spa;
		this.clock = clock;
	}

	/**
	 * What a new booking keeps of its links: the hash of its short link's code.
	 * @param bookingId the booking's id
	 * @return the booking's manage access
	 */
	ManageAccess access(String bookingId) {
		return new ManageAccess(hash(shortCode(bookingId)), null);
	}

	/**
	 * The booking's manage token, for the one who booked it (in the answer to the booking
	 * request) and for the manage link.
	 * @param booking the booking
	 * @return the token, 43 Base64url characters
	 */
	String token(Booking booking) {
		return derived("manage-token:" + booking.id());
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
		if (token == null || !isTokenOf(booking, token)) {
			throw Problems.of(HttpStatus.FORBIDDEN, "invalid-manage-token",
					"This link does not let you manage booking " + booking.id() + ".");
		}
		if (this.clock.instant().isAfter(booking.time().end())) {
			throw Problems.of(HttpStatus.FORBIDDEN, "manage-link-expired",
					"This link expired when the appointment ended; the spa's staff can still help.");
		}
	}

	private boolean isTokenOf(Booking booking, String token) {
		byte[] given = token.getBytes(StandardCharsets.UTF_8);
		boolean derived = MessageDigest.isEqual(token(booking).getBytes(StandardCharsets.UTF_8), given);
		// a booking written by a version that stored tokens has no manage access: no
		// token of its opens it
		String legacy = (booking.manageAccess() != null) ? booking.manageAccess().legacyTokenHash() : null;
		boolean issuedBefore = legacy != null && MessageDigest.isEqual(legacy.getBytes(StandardCharsets.UTF_8),
				hash(token).getBytes(StandardCharsets.UTF_8));
		return derived || issuedBefore;
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
			.pathSegment(shortCode(booking.id()))
			.build()
			.toUriString();
	}

	/**
	 * The link to a booking's manage page, with its token.
	 * @param booking the booking
	 * @return the link
	 */
	String url(Booking booking) {
		return UriComponentsBuilder.fromUri(this.spa.manageBaseUrl())
			.pathSegment(booking.id())
			.queryParam("token", token(booking))
			.build()
			.toUriString();
	}

	/**
	 * The manage page's link sealed for notification-service, for an event.
	 * @param booking the booking
	 * @return the sealed link
	 */
	String sealedUrl(Booking booking) {
		return this.sealed.seal(url(booking), booking.id());
	}

	/**
	 * The short link sealed for notification-service, for an event.
	 * @param booking the booking
	 * @return the sealed link
	 */
	String sealedShortUrl(Booking booking) {
		return this.sealed.seal(shortUrl(booking), booking.id());
	}

	/**
	 * What a booking keeps to be found by a short link's code: the code's SHA-256.
	 * @param shortCode the code
	 * @return its hash, in Base64url
	 */
	static String shortCodeHash(String shortCode) {
		return hash(shortCode);
	}

	/**
	 * What a booking made before tokens were derived keeps of the token it was given.
	 * @param token the token
	 * @return its SHA-256, in Base64url
	 */
	static String legacyTokenHash(String token) {
		return hash(token);
	}

	private String shortCode(String bookingId) {
		return derived("short-code:" + bookingId).substring(0, SHORT_CODE_LENGTH);
	}

	private String derived(String purpose) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.tokenSecret);
			byte[] derived = mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] tokenSecret(@Nullable String base64) {
		byte[] secret;
		try {
			secret = Base64.getDecoder()
				.decode(required(base64, "SPA_MANAGE_LINKS_TOKEN_SECRET").strip().replace('-', '+').replace('_', '/'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("spa.manage-links.token-secret is not Base64", ex);
		}
		if (secret.length < 32) {
			throw new IllegalStateException("spa.manage-links.token-secret must be at least 32 random bytes in Base64"
					+ " (openssl rand -base64 32); it is " + secret.length);
		}
		return secret;
	}

	private static String required(@Nullable String value, String variable) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("The manage links need their secrets: set " + variable
					+ " to 32 random bytes in Base64 (openssl rand -base64 32); see the README, Configuration");
		}
		return value;
	}

}
