package com.spautopia.promotion.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Who of a campaign's audience gets which message variant, and who is held out (gets
 * nothing, to measure the campaign's incremental effect). Decided from a hash of the
 * campaign and the client, so a resumed launch decides the same and the split holds
 * across instances.
 */
final class VariantAssignment {

	private VariantAssignment() {
	}

	/**
	 * The variant a client gets.
	 * @param campaign the campaign
	 * @param clientId the client
	 * @return the variant, or empty when the client is held out
	 */
	static Optional<Campaign.Variant> of(Campaign campaign, String clientId) {
		long hash = hash(campaign.id() + ":" + clientId);
		int bucket = (int) Long.remainderUnsigned(hash, 100);
		if (bucket < campaign.holdOutPercent()) {
			return Optional.empty();
		}
		List<Campaign.Variant> variants = campaign.messageVariants();
		return Optional.of(variants.get((int) Long.remainderUnsigned(hash >>> 32, variants.size())));
	}

	private static long hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			long hash = 0;
			for (int i = 0; i < 8; i++) {
				hash = (hash << 8) | (digest[i] & 0xFF);
			}
			return hash;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}
