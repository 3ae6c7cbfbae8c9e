package com.spautopia.security;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The Content-Security-Policy of every answer: scripts, styles, images and fonts only
 * from the service itself (no inline script or style, no {@code eval}), no plugins, no
 * framing, and calls ({@code fetch}) only to the service, the token issuer the pages sign
 * in with and the platform's other pages' origins (the booking page reads the promotion
 * quote, the marketing console the treatments).
 */
final class ContentSecurityPolicy {

	private ContentSecurityPolicy() {
	}

	static String of(SpaWebProperties web, @Nullable String issuer) {
		Set<String> connect = new LinkedHashSet<>();
		connect.add("'self'");
		if (issuer != null) {
			addOrigin(connect, issuer);
		}
		web.links().values().forEach((link) -> addOrigin(connect, link));
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src " + String.join(" ", connect) + "; object-src 'none'; base-uri 'self'; "
				+ "frame-ancestors 'none'";
	}

	private static void addOrigin(Collection<String> origins, String url) {
		try {
			URI uri = URI.create(url.trim());
			if (uri.getScheme() != null && uri.getHost() != null
					&& (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
				origins
					.add(uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() >= 0) ? ":" + uri.getPort() : ""));
			}
		}
		catch (IllegalArgumentException ex) {
			// not a URL: nothing to allow
		}
	}

}
