package com.spautopia.booking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.spautopia.testsupport.infra.SpaInfrastructureTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A test that drives bookings through the API and their events, on the application
 * context every such test shares: the outbox relay publishes what a change writes at
 * once, woken by the write (its poll waits an hour, so a change that did not wake it
 * shows as a missing event), the test prices bookings itself (publishing
 * promotion-service's evaluations; the pricing timeout is five minutes), and the clock
 * stands still at the real time until a test moves it (and puts it back).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.booking.pricing-timeout=5m", "spa.outbox.poll-interval=1h" })
@Import(TestClockConfiguration.class)
public @interface EventFlowTest {

}
