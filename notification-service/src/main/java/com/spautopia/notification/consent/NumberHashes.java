package com.spautopia.notification.consent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The one-way hash an erased number that opted out is kept under: HMAC-SHA256 keyed with
 * {@code spa.notification.suppression.hash-key} (never logged), so that the stored value
 * cannot be reversed by hashing every possible number; plain SHA-256 when no key is set.
 */
@Component
class NumberHashes {

	static final String PREFIX = "sha256:";

	private final byte[] key;

	NumberHashes(SuppressionProperties properties) {
		this.key = properties.hashKey().getBytes(StandardCharsets.UTF_8);
	}

	String hash(String phone) {
		byte[] number = phone.getBytes(StandardCharsets.UTF_8);
		try {
			if (this.key.length == 0) {
				return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(number));
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(number));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * How erased numbers that opted out are kept.
	 *
	 * @param hashKey the key of their hash; a secret, never logged
	 */
	@ConfigurationProperties("spa.notification.suppression")
	record SuppressionProperties(@DefaultValue("") String hashKey) {

		@Override
		public String toString() {
			return "SuppressionProperties[hashKey=******]";
		}

	}

}
