package com.spautopia.testsupport.infra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the {@link SpaInfrastructure#shared() shared infrastructure}.
 * <p>
 * The infrastructure is started before all tests. In Spring tests (e.g. with
 * {@code @SpringBootTest}) every application context additionally gets, with highest
 * precedence: {@code spring.cloud.stream.kafka.binder.brokers},
 * {@code spring.kafka.bootstrap-servers}, {@code spring.mongodb.uri} (a fresh database)
 * and {@code spa.kafka.topic-prefix} (a fresh prefix such as {@code t3f9a1c2.}), so no
 * context reads another's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SpaInfrastructureExtension.class)
public @interface SpaInfrastructureTest {

}
