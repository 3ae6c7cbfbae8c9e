package com.spautopia.testsupport.infra;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;

import com.spautopia.testsupport.infra.SpaInfrastructure.Mode;

/**
 * Chooses the {@link Mode} from the environment.
 */
final class InfrastructureModes {

	static final String FORCE_MODE = "SPA_TEST_INFRASTRUCTURE";

	static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";

	static final String MONGODB_ENV = "MONGODB_URI";

	private InfrastructureModes() {
	}

	static Mode select() {
		String forced = setting(FORCE_MODE);
		if (forced != null) {
			return Mode.valueOf(forced.trim().toUpperCase(Locale.ROOT));
		}
		if (setting(KAFKA_ENV) != null && setting(MONGODB_ENV) != null) {
			return Mode.ENV;
		}
		return DockerClientFactory.instance().isDockerAvailable() ? Mode.TESTCONTAINERS : Mode.EMBEDDED;
	}

	static @Nullable String setting(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			value = System.getenv(name);
		}
		return (value == null || value.isBlank()) ? null : value;
	}

	static String required(String name) {
		String value = setting(name);
		if (value == null) {
			throw new IllegalStateException(name + " must be set for the ENV test infrastructure");
		}
		return value;
	}

}
