package com.spautopia.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's web pages that sign people in here (as the public client
 * {@code spa-web}): their origins may read the discovery document and call the token
 * endpoint from the browser.
 *
 * @param origins the pages' origins, e.g. {@code http://localhost:8083}
 */
@ConfigurationProperties("spa.auth.pages")
public record SignInPages(@DefaultValue List<String> origins) {

	public SignInPages {
		origins = List.copyOf(origins);
	}

}
