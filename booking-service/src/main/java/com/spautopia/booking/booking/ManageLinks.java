package com.spautopia.booking.booking;

import java.security.SecureRandom;
import java.util.Base64;

import com.spautopia.booking.spa.SpaProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Unguessable manage tokens and the links that carry them.
 */
@Component
class ManageLinks {

	private final SecureRandom random = new SecureRandom();

	private final SpaProperties spa;

	ManageLinks(SpaProperties spa) {
		this.spa = spa;
	}

	String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String url(Booking booking) {
		return UriComponentsBuilder.fromUri(this.spa.manageBaseUrl())
			.pathSegment(booking.id())
			.queryParam("token", booking.manageToken())
			.build()
			.toUriString();
	}

}
