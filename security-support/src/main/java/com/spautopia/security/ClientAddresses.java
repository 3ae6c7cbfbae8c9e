package com.spautopia.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The client's address of a request, as rate limits count it. The forwarded headers
 * ({@code Forwarded}, else {@code X-Forwarded-For}) are believed only when the immediate
 * peer is a trusted proxy, and then only as far as the chain of trusted proxies goes:
 * walking from the nearest hop back, the first address that is not a trusted proxy is the
 * client. Anyone else's headers are ignored (a client could name any address in them).
 */
final class ClientAddresses {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private final List<IpAddressMatcher> trustedProxies;

	ClientAddresses(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
	}

	String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!trusted(peer)) {
			return peer;
		}
		List<String> hops = forwarded(request);
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = literal(hops.get(i));
			if (hop == null) {
				break;
			}
			client = hop;
			if (!trusted(hop)) {
				break;
			}
		}
		return client;
	}

	private boolean trusted(String address) {
		return literal(address) != null && this.trustedProxies.stream().anyMatch((proxy) -> proxy.matches(address));
	}

	/**
	 * The hops a request went through, the client first, from {@code Forwarded}'s
	 * {@code for} parameters or else {@code X-Forwarded-For}; every header line counts,
	 * in order.
	 */
	private static List<String> forwarded(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String line : Collections.list(request.getHeaders("Forwarded"))) {
			for (String element : line.split(",")) {
				for (String pair : element.split(";")) {
					String[] nameAndValue = pair.trim().split("=", 2);
					if (nameAndValue.length == 2 && nameAndValue[0].trim().equalsIgnoreCase("for")) {
						hops.add(forValue(nameAndValue[1].trim()));
					}
				}
			}
		}
		if (!hops.isEmpty()) {
			return hops;
		}
		for (String line : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : line.split(",")) {
				hops.add(hop.trim());
			}
		}
		return hops;
	}

	/**
	 * {@code "[2001:db8::1]:4711"} to {@code 2001:db8::1}, {@code 192.0.2.1:80} to the
	 * address.
	 */
	private static String forValue(String value) {
		String unquoted = value.replace("\"", "");
		if (unquoted.startsWith("[")) {
			int end = unquoted.indexOf(']');
			return (end > 0) ? unquoted.substring(1, end) : unquoted;
		}
		int colon = unquoted.indexOf(':');
		return (colon > 0 && unquoted.indexOf(':', colon + 1) < 0) ? unquoted.substring(0, colon) : unquoted;
	}

	/**
	 * The address if it is an IP literal (never a host name, which would be looked up),
	 * else null ({@code unknown}, obfuscated identifiers, garbage).
	 */
	private static @Nullable String literal(String address) {
		String candidate = address.trim().toLowerCase(Locale.ROOT);
		if (IPV4.matcher(candidate).matches()) {
			for (String part : candidate.split("\\.")) {
				if (Integer.parseInt(part) > 255) {
					return null;
				}
			}
			return candidate;
		}
		return (IPV6.matcher(candidate).matches() && candidate.length() <= 45) ? candidate : null;
	}

}
