package com.spautopia.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The token issuer of the local run (port 9000).
 */
@SpringBootApplication
@EnableConfigurationProperties({ DemoAccounts.class, SignInPages.class, IssuedTokens.class })
public class AuthServerApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuthServerApplication.class, args);
	}

}
