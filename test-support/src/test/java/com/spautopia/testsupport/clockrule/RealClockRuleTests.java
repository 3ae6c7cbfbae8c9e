package com.spautopia.testsupport.clockrule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

import com.spautopia.testsupport.time.RealClockRule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RealClockRuleTests {

	@ParameterizedTest
	@ValueSource(classes = { ReadsLocalDate.class, ReadsLocalDateTime.class, ReadsZonedDateTime.class,
			ReadsOffsetDateTime.class, ReadsInstant.class, ReadsMillis.class, ReadsSystemClock.class,
			ReadsNewDate.class })
	void refusesATestThatReadsTheRealClock(Class<?> test) {
		JavaClasses classes = new ClassFileImporter().importClasses(test);

		assertThat(RealClockRule.noTestReadsTheRealClock().evaluate(classes).hasViolation()).isTrue();
	}

	@Test
	void acceptsATestThatReadsAClockItWasGiven() {
		JavaClasses classes = new ClassFileImporter().importClasses(ReadsAGivenClock.class);

		assertThat(RealClockRule.noTestReadsTheRealClock().evaluate(classes).hasViolation()).isFalse();
	}

	@Test
	void noTestOfThisModuleReadsTheRealClock() {
		JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("RealClockRuleTests"))
			.importPackages("com.spautopia.testsupport");

		assertThatCode(() -> RealClockRule.noTestReadsTheRealClock().check(tests)).doesNotThrowAnyException();
	}

	static final class ReadsLocalDate {

		Object read() {
			return LocalDate.now();
		}

	}

	static final class ReadsLocalDateTime {

		Object read() {
			return LocalDateTime.now(ZoneOffset.UTC);
		}

	}

	static final class ReadsZonedDateTime {

		Object read() {
			return ZonedDateTime.now();
		}

	}

	static final class ReadsOffsetDateTime {

		Object read() {
			return OffsetDateTime.now(ZoneOffset.UTC);
		}

	}

	static final class ReadsInstant {

		Object read() {
			return Instant.now();
		}

	}

	static final class ReadsMillis {

		long read() {
			return System.currentTimeMillis();
		}

	}

	static final class ReadsSystemClock {

		Object read() {
			return Clock.systemUTC();
		}

	}

	static final class ReadsNewDate {

		Object read() {
			return new Date();
		}

	}

	static final class ReadsAGivenClock {

		Object read(Clock clock) {
			return LocalDate.now(clock);
		}

	}

}
