package com.spautopia.testsupport.infra;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.spautopia.testsupport.security.TestTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives one application context the broker, a fresh database, a fresh topic prefix and
 * trust in {@link TestTokens}.
 * <p>
 * Values are generated when the context is created, so every distinct context is
 * isolated; all instances are equal so that Spring's context cache keeps working.
 */
final class SpaInfrastructureContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "spaInfrastructureTest";

	private static final Logger logger = LoggerFactory.getLogger(SpaInfrastructureContextCustomizer.class);

	private static final SecureRandom random = new SecureRandom();

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SpaInfrastructure infrastructure = SpaInfrastructure.shared();
		String id = HexFormat.of().toHexDigits(random.nextInt());
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers());
		properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
		properties.put("spring.mongodb.uri", infrastructure.mongoUri("test-" + id));
		properties.put("spa.kafka.topic-prefix", "t" + id + ".");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		// services trust the test tokens instead of asking their configured issuer
		context.getBeanFactory().registerSingleton("testJwtDecoder", TestTokens.decoder());
		logger.info("Test context for {} uses database test-{} and topic prefix t{}.",
				mergedConfig.getTestClass().getSimpleName(), id, id);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
