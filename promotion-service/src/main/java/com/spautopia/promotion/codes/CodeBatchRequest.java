package com.spautopia.promotion.codes;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A batch of codes as marketing asks for it.
 *
 * @param count how many codes (1 to 10,000)
 * @param prefix what every code starts with, e.g. {@code FLYER-}; none by default
 * @param length random characters after the prefix (6 to 16, 8 by default)
 */
record CodeBatchRequest(@Min(1) @Max(10_000) int count,
		@Nullable @Pattern(regexp = "[A-Za-z0-9-]{0,12}",
				message = "must be at most 12 letters, digits or dashes") String prefix,
		@Nullable @Min(6) @Max(16) Integer length) {

	CodePattern pattern() {
		return new CodePattern((this.prefix != null) ? this.prefix.toUpperCase(Locale.ROOT) : "",
				(this.length != null) ? this.length : 8);
	}

}
