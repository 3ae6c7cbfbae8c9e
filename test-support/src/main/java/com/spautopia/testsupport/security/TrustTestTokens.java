package com.spautopia.testsupport.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Makes a test's service trust {@link TestTokens} rather than its configured issuer, for
 * tests that bring their own infrastructure instead of {@code @SpaInfrastructureTest}
 * (which does this by itself): {@code @Import(TrustTestTokens.class)}.
 */
@Configuration(proxyBeanMethods = false)
public class TrustTestTokens {

	@Bean
	JwtDecoder testJwtDecoder() {
		return TestTokens.decoder();
	}

}
