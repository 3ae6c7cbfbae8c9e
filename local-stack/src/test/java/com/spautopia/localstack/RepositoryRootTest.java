package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RepositoryRootTest {

	@TempDir
	Path temp;

	@Test
	void findsTheNearestFolderHoldingTheMavenWrapper() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("repo"));
		Files.createFile(root.resolve("mvnw"));
		Path nested = Files.createDirectories(root.resolve("local-stack/src/main"));

		assertThat(RepositoryRoot.find(nested)).isEqualTo(root);
		assertThat(RepositoryRoot.find(root)).isEqualTo(root);
	}

	@Test
	void failsClearlyOutsideARepository() {
		assertThatExceptionOfType(LocalStackException.class).isThrownBy(() -> RepositoryRoot.find(this.temp))
			.withMessageContaining("Cannot find the repository root");
	}

}
