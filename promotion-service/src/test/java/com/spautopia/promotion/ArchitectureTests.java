package com.spautopia.promotion;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.spautopia.promotion", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule neverDependsOnOtherServices = noClasses().that()
		.resideInAPackage("com.spautopia.promotion..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.spautopia.booking..", "com.spautopia.notification..");

	@ArchTest
	static final ArchRule sharesOnlyTheEventContract = classes().that()
		.resideInAPackage("com.spautopia.promotion..")
		.should()
		.onlyDependOnClassesThat(
				not(resideInAPackage("com.spautopia..")).or(resideInAnyPackage("com.spautopia.promotion..",
						"com.spautopia.events..", "com.spautopia.security..", "com.spautopia.sms..")));

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.spautopia.promotion.(*)..")
		.should()
		.beFreeOfCycles();

}
