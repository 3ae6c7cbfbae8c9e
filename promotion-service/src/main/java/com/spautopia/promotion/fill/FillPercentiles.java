package com.spautopia.promotion.fill;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Percentiles of durations by the nearest-rank method: the p-th percentile of n sorted
 * values is the value at rank ⌈p/100 · n⌉, always one of the values (the median of an
 * even count is the lower middle one).
 */
final class FillPercentiles {

	private FillPercentiles() {
	}

	/**
	 * The p-th percentile.
	 * @param values the values, in any order
	 * @param percent the percentile, above 0 and at most 100
	 * @return the percentile; empty without values
	 */
	static Optional<Duration> of(List<Duration> values, int percent) {
		if (percent <= 0 || percent > 100) {
			throw new IllegalArgumentException("A percentile is above 0 and at most 100, not " + percent);
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		List<Duration> sorted = values.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return Optional.of(sorted.get(Math.max(rank, 1) - 1));
	}

}
