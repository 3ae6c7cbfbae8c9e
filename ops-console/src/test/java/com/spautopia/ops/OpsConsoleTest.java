package com.spautopia.ops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.spautopia.ops.deadletter.FaultyReplayPublisher;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The console on a real Kafka broker and MongoDB endpoint, with MockMvc and a
 * {@link BookingConsumer} standing in for a service that reads the booking topic and
 * dead-letters what it cannot handle. Every class with this annotation shares one
 * context, so tests keep apart by their own ids and groups.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "spring.cloud.function.definition=opsEvents;bookingConsumer",
		"spring.cloud.stream.bindings.bookingConsumer-in-0.destination=${spa.kafka.topic-prefix}spa.booking.events",
		"spring.cloud.stream.bindings.bookingConsumer-in-0.group=${spa.kafka.topic-prefix}test-service",
		"spring.cloud.stream.bindings.bookingConsumer-in-0.consumer.max-attempts=1",
		"spring.cloud.stream.kafka.bindings.bookingConsumer-in-0.consumer.enable-dlq=true",
		"spring.cloud.stream.kafka.bindings.bookingConsumer-in-0.consumer.dlq-name="
				+ "${spa.kafka.topic-prefix}spa.booking.events.test-service.dlq",
		"spa.ops.rate-interval=1s" })
@AutoConfigureMockMvc
@SpaInfrastructureTest
@Import({ BookingConsumer.class, OperatorRequests.class, ConsoleClockAndQueries.class, FaultyReplayPublisher.class })
public @interface OpsConsoleTest {

}
