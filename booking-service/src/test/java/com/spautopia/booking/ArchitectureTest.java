package com.spautopia.booking;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.spautopia.booking");

	@Test
	void dependsOnNoOtherServiceOnlyOnTheEventContract() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.spautopia.promotion..", "com.spautopia.notification..",
					"com.spautopia.testsupport..")
			.check(this.classes);
	}

	@Test
	void benchmarkSupportNeverShipsInTheServicesJar() {
		noClasses().should()
			.resideInAPackage("com.spautopia.booking.benchmark..")
			.because("the benchmark's ceiling endpoint is test code")
			.allowEmptyShould(true)
			.check(this.classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("com.spautopia.booking.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
