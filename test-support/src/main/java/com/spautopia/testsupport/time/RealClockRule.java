package com.spautopia.testsupport.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rule that keeps tests off the real clock: no test class reads today's
 * date, the time of day or the current instant except through this package
 * ({@link SpaCalendar}, {@link FreeTime}, {@link TestClock}, {@link WallClock}). A test
 * that reads the real clock passes on some days and fails on others.
 */
public final class RealClockRule {

	private static final Set<Class<?>> DATE_TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class,
			MonthDay.class);

	private static final Set<String> SYSTEM_CLOCKS = Set.of("systemUTC", "systemDefaultZone", "system");

	private RealClockRule() {
	}

	/**
	 * The rule: no class outside this package reads the real clock.
	 * @return the rule
	 */
	public static ArchRule noTestReadsTheRealClock() {
		return noClasses().that()
			.resideOutsideOfPackage(RealClockRule.class.getPackageName())
			.should()
			.callCodeUnitWhere(readsTheRealClock())
			.because("a test must pass on every day of the year: use the service's Clock, a TestClock, "
					+ "SpaCalendar or FreeTime for a suitable day, or WallClock where the time does not matter");
	}

	/**
	 * The test classes (only) of the module whose test runs this.
	 * @param rootPackage the module's root package, such as {@code com.spautopia.booking}
	 * @return the module's test classes
	 */
	public static JavaClasses testClassesOf(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	static DescribedPredicate<JavaCall<?>> readsTheRealClock() {
		return DescribedPredicate.describe("reads the real clock", (call) -> {
			JavaClass owner = call.getTargetOwner();
			String name = call.getName();
			int parameters = call.getTarget().getRawParameterTypes().size();
			boolean takesClock = call.getTarget()
				.getRawParameterTypes()
				.stream()
				.anyMatch((type) -> type.isEquivalentTo(Clock.class));
			if (name.equals("now") && !takesClock && DATE_TIME_TYPES.stream().anyMatch(owner::isEquivalentTo)) {
				return true;
			}
			if (owner.isEquivalentTo(System.class)) {
				return name.equals("currentTimeMillis");
			}
			if (owner.isEquivalentTo(Clock.class)) {
				return SYSTEM_CLOCKS.contains(name);
			}
			return owner.isEquivalentTo(Date.class) && name.equals("<init>") && parameters == 0;
		});
	}

}
