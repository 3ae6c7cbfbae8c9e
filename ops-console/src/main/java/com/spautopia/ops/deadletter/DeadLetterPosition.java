package com.spautopia.ops.deadletter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a page of a dead-letter topic's list ended: the list runs by partition, then by
 * offset, and the next page starts after this position. Written
 * {@code <partition>-<offset>} in the {@code after} query parameter.
 *
 * @param partition the partition
 * @param offset the offset in that partition
 */
record DeadLetterPosition(int partition, long offset) {

	private static final Pattern TEXT = Pattern.compile("(\\d{1,9})-(\\d{1,18})");

	static @Nullable DeadLetterPosition parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = TEXT.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("after must be <partition>-<offset>, such as 0-499");
		}
		return new DeadLetterPosition(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
	}

	@Override
	public String toString() {
		return this.partition + "-" + this.offset;
	}

}
