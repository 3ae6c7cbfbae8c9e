package com.spautopia.ops;

import org.junit.jupiter.api.Test;

import com.spautopia.testsupport.time.RealClockRule;

class RealClockArchitectureTest {

	@Test
	void noTestReadsTheRealClock() {
		RealClockRule.noTestReadsTheRealClock().check(RealClockRule.testClassesOf("com.spautopia.ops"));
	}

}
