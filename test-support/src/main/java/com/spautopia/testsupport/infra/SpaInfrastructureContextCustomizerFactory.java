package com.spautopia.testsupport.infra;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds the infrastructure properties to the contexts of tests annotated (directly, by
 * inheritance, as a meta-annotation or on an enclosing class) with
 * {@link SpaInfrastructureTest}. Registered in {@code META-INF/spring.factories}.
 */
final class SpaInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, SpaInfrastructureTest.class)
				? new SpaInfrastructureContextCustomizer() : null;
	}

}
