package com.spautopia.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root: the nearest folder, from a starting folder upwards, that
 * holds the Maven wrapper.
 */
public final class RepositoryRoot {

	private RepositoryRoot() {
	}

	public static Path fromWorkingDirectory() {
		return find(Path.of("").toAbsolutePath());
	}

	public static Path find(Path start) {
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new LocalStackException("Cannot find the repository root (a folder holding mvnw) at or above " + start
				+ "; run the command from inside the repository");
	}

}
