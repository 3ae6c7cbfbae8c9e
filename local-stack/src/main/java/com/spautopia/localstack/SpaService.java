package com.spautopia.localstack;

import java.nio.file.Path;

/**
 * The applications of the platform: the three services and the ops console, each with its
 * Maven module, default HTTP port and MongoDB database.
 */
public enum SpaService {

	BOOKING("booking-service", 8081, "spa-booking"),

	NOTIFICATION("notification-service", 8082, "spa-notification"),

	PROMOTION("promotion-service", 8083, "spa-promotion"),

	OPS_CONSOLE("ops-console", 8084, "spa-ops");

	private final String moduleName;

	private final int defaultPort;

	private final String database;

	SpaService(String moduleName, int defaultPort, String database) {
		this.moduleName = moduleName;
		this.defaultPort = defaultPort;
		this.database = database;
	}

	public String moduleName() {
		return this.moduleName;
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	public String database() {
		return this.database;
	}

	/**
	 * Where the module's build puts the fat jar (the root pom names it after the module).
	 * @param repositoryRoot the repository root
	 * @return {@code <root>/<module>/target/<module>.jar}
	 */
	public Path jar(Path repositoryRoot) {
		return repositoryRoot.resolve(this.moduleName).resolve("target").resolve(this.moduleName + ".jar");
	}

}
