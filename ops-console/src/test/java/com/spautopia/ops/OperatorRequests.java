package com.spautopia.ops;

import com.spautopia.testsupport.security.TestTokens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The tests' MockMvc calls as an operator (a real signed token);
 * {@code ApiAccessIntegrationTests} checks who else may.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OperatorRequests {

	@Bean
	MockMvcBuilderCustomizer operatorToken() {
		return (builder) -> builder
			.defaultRequest(get("/").header("Authorization", TestTokens.bearer(TestTokens.operator())));
	}

}
