package com.spautopia.promotion.codes;

import java.util.random.RandomGenerator;

/**
 * How bulk codes look: a prefix and random characters of Crockford's base 32 (no I, L, O
 * or U to misread), e.g. {@code FLYER-7K3QXN2M}.
 *
 * @param prefix the prefix, possibly empty
 * @param length how many random characters follow it
 */
record CodePattern(String prefix, int length) {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	String next(RandomGenerator random) {
		StringBuilder code = new StringBuilder(this.prefix);
		for (int i = 0; i < this.length; i++) {
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/**
	 * How many different codes the pattern allows.
	 * @return 32 to the power of the length
	 */
	double capacity() {
		return Math.pow(ALPHABET.length, this.length);
	}

}
