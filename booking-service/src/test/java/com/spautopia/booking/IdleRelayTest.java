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
 * A test of what the service stores and answers, on the application context every such
 * test shares: nothing runs on its own (the outbox relay and the pricing timeout wait an
 * hour and writes do not wake the relay; tests call them directly), so stored documents
 * change only by the test's own requests; the clock stands still until a test moves it;
 * the marketing console's origin may call the API (CORS).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.outbox.poll-interval=1h", "spa.outbox.wake-on-write=false",
				"spa.booking.pricing-timeout=1h", "spa.web.allowed-origins=http://localhost:8083" })
@Import(TestClockConfiguration.class)
public @interface IdleRelayTest {

}
