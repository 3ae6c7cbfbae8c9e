package com.spautopia.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.spautopia.events.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The token of an unsubscribe link: {@code <channel>.<client id, Base64url>.<HMAC-SHA256
 * of channel and client id, Base64url>}. Only this service can make one (the key is a
 * secret), so a link unsubscribes the client it was made for and nobody else; it needs no
 * sign-in and never expires.
 */
final class UnsubscribeTokens {

	/** Anything longer is no token of this service's (client ids are short). */
	static final int MAX_LENGTH = 400;

	private static final Pattern SHAPE = Pattern
		.compile("([a-z]{1,10})\\.([A-Za-z0-9_-]{1,300})\\.([A-Za-z0-9_-]{43})");

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] key;

	UnsubscribeTokens(byte[] key) {
		this.key = key.clone();
	}

	String token(String clientId, Channel channel) {
		String name = channel.name().toLowerCase(Locale.ROOT);
		return name + "." + ENCODER.encodeToString(clientId.getBytes(StandardCharsets.UTF_8)) + "."
				+ ENCODER.encodeToString(mac(name, clientId));
	}

	/**
	 * Reads a token.
	 * @param token the token
	 * @return what it says, if it is well formed
	 */
	Optional<Claim> read(String token) {
		if (token.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		Matcher matcher = SHAPE.matcher(token);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Channel channel = channel(matcher.group(1));
		if (channel == null) {
			return Optional.empty();
		}
		String clientId;
		byte[] signature;
		try {
			clientId = new String(DECODER.decode(matcher.group(2)), StandardCharsets.UTF_8);
			signature = DECODER.decode(matcher.group(3));
		}
		catch (IllegalArgumentException ex) {
			// not Base64url
			return Optional.empty();
		}
		boolean genuine = MessageDigest.isEqual(signature, mac(matcher.group(1), clientId));
		return Optional.of(new Claim(clientId, channel, genuine));
	}

	private static @Nullable Channel channel(String name) {
		for (Channel channel : Channel.values()) {
			if (channel.name().toLowerCase(Locale.ROOT).equals(name)) {
				return channel;
			}
		}
		return null;
	}

	private byte[] mac(String channel, String clientId) {
		return hmac(this.key, "unsubscribe\n" + channel + "\n" + clientId);
	}

	static byte[] hmac(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * What a well-formed token says.
	 *
	 * @param clientId the client
	 * @param channel the channel
	 * @param genuine whether this service signed it
	 */
	record Claim(String clientId, Channel channel, boolean genuine) {
	}

}
