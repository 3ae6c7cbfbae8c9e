package com.spautopia.testsupport.infra;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpaInfrastructureTest
@SpringJUnitConfig(SpaInfrastructureContextCustomizerTests.EmptyConfiguration.class)
class SpaInfrastructureContextCustomizerTests {

	private final SpaInfrastructureContextCustomizerFactory factory = new SpaInfrastructureContextCustomizerFactory();

	@Autowired
	private Environment environment;

	@Test
	void springContextGetsBrokerFreshDatabaseAndTopicPrefix() {
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		assertThat(this.environment.getProperty("spring.cloud.stream.kafka.binder.brokers"))
			.isEqualTo(infrastructure.kafkaBootstrapServers());
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(infrastructure.kafkaBootstrapServers());
		assertThat(this.environment.getProperty("spa.kafka.topic-prefix")).matches("t[0-9a-f]{8}\\.");
		String prefixId = this.environment.getProperty("spa.kafka.topic-prefix").substring(1, 9);
		assertThat(this.environment.getProperty("spring.mongodb.uri")).contains("/test-" + prefixId);
	}

	@Test
	void customizesAnnotatedInheritingAndMetaAnnotatedClassesOnly() {
		assertThat(this.factory.createContextCustomizer(SpaInfrastructureContextCustomizerTests.class, List.of()))
			.isNotNull();
		assertThat(this.factory.createContextCustomizer(Inheriting.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(MetaAnnotated.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(Enclosed.class, List.of())).isNotNull();
		assertThat(this.factory.createContextCustomizer(String.class, List.of())).isNull();
	}

	@Test
	void customizersAreEqualSoTheContextCacheStillWorks() {
		assertThat(new SpaInfrastructureContextCustomizer()).isEqualTo(new SpaInfrastructureContextCustomizer())
			.hasSameHashCodeAs(new SpaInfrastructureContextCustomizer());
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

	@SpaInfrastructureTest
	static class AnnotatedBase {

	}

	static class Inheriting extends AnnotatedBase {

	}

	@MetaAnnotation
	static class MetaAnnotated {

	}

	@Nested
	class Enclosed {

		@Test
		void nestedClassSeesTheSameProperties() {
			assertThat(SpaInfrastructureContextCustomizerTests.this.environment.getProperty("spa.kafka.topic-prefix"))
				.startsWith("t");
		}

	}

	@SpaInfrastructureTest
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@interface MetaAnnotation {

	}

}
