package com.spautopia.promotion.fill;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FillPercentilesTests {

	@Test
	void takesTheNearestRankWhateverTheOrder() {
		List<Duration> minutes = minutes(7, 1, 5, 3, 9, 2, 8, 4, 10, 6);

		assertThat(FillPercentiles.of(minutes, 50)).contains(Duration.ofMinutes(5));
		assertThat(FillPercentiles.of(minutes, 90)).contains(Duration.ofMinutes(9));
		assertThat(FillPercentiles.of(minutes, 100)).contains(Duration.ofMinutes(10));
	}

	@Test
	void takesTheMiddleOfAnOddCountAndTheLowerMiddleOfAnEvenOne() {
		assertThat(FillPercentiles.of(minutes(3, 1, 2), 50)).contains(Duration.ofMinutes(2));
		assertThat(FillPercentiles.of(minutes(4, 1, 3, 2), 50)).contains(Duration.ofMinutes(2));
	}

	@Test
	void givesTheOnlyValueForEveryPercentile() {
		assertThat(FillPercentiles.of(minutes(12), 50)).contains(Duration.ofMinutes(12));
		assertThat(FillPercentiles.of(minutes(12), 90)).contains(Duration.ofMinutes(12));
		assertThat(FillPercentiles.of(minutes(12), 1)).contains(Duration.ofMinutes(12));
	}

	@Test
	void givesNothingWithoutValues() {
		assertThat(FillPercentiles.of(List.of(), 50)).isEmpty();
	}

	@Test
	void rejectsPercentilesOutsideOneToHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> FillPercentiles.of(minutes(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> FillPercentiles.of(minutes(1), 101));
	}

	@Test
	void ninetiethPercentileOfAHundredIsTheNinetieth() {
		List<Duration> hundred = IntStream.rangeClosed(1, 100).mapToObj(Duration::ofSeconds).toList().reversed();

		assertThat(FillPercentiles.of(hundred, 90)).contains(Duration.ofSeconds(90));
	}

	private static List<Duration> minutes(long... values) {
		return java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
	}

}
