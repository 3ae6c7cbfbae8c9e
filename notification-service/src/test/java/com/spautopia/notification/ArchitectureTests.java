package com.spautopia.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.spautopia.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule dependsOnNoOtherServiceCode = noClasses().that()
		.resideInAPackage("com.spautopia.notification..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.spautopia.booking..", "com.spautopia.promotion..", "com.spautopia.testsupport..");

	@ArchTest
	static final ArchRule sharesOnlyTheEventContract = noClasses().that()
		.resideInAPackage("com.spautopia.notification..")
		.should()
		.dependOnClassesThat(
				resideInAPackage("com.spautopia..").and(not(resideInAnyPackage("com.spautopia.notification..",
						"com.spautopia.events..", "com.spautopia.security..", "com.spautopia.sms.."))));

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.spautopia.notification.(*)..")
		.should()
		.beFreeOfCycles();

}
