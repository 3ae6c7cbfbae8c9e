package com.spautopia.booking;

import java.time.ZoneId;

import com.spautopia.testsupport.time.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service on a clock tests can move: it stands still at the real time until a test
 * moves it. Tests that import this share one application context when their other
 * settings match.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return TestClock.frozen(ZoneId.of("Europe/Warsaw"));
	}

}
