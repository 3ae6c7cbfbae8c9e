package com.spautopia.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/**
 * The services' fat jars as the build leaves them, and the configuration properties each
 * really has.
 */
final class ServiceJars {

	private static final Map<SpaService, ConfigurationPropertyIndex> PROPERTIES = new EnumMap<>(SpaService.class);

	private ServiceJars() {
	}

	static Path repositoryRoot() {
		return RepositoryRoot.fromWorkingDirectory();
	}

	static Path jar(SpaService service) {
		Path jar = service.jar(repositoryRoot());
		if (!Files.isRegularFile(jar)) {
			fail(service.moduleName() + " is not built: " + jar
					+ " is missing. Run ./mvnw -DskipTests package first (the reactor builds the services before"
					+ " local-stack).");
		}
		return jar;
	}

	static Path authServerJar() {
		Path jar = repositoryRoot().resolve(LocalDefaults.AUTH_MODULE)
			.resolve("target")
			.resolve(LocalDefaults.AUTH_MODULE + ".jar");
		if (!Files.isRegularFile(jar)) {
			fail(LocalDefaults.AUTH_MODULE + " is not built: " + jar + " is missing.");
		}
		return jar;
	}

	static synchronized ConfigurationPropertyIndex properties(SpaService service) {
		return PROPERTIES.computeIfAbsent(service, (key) -> ConfigurationPropertyIndex.of(jar(key)));
	}

}
