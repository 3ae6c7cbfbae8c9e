package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ManageLinkSecretsTest {

	@TempDir
	Path data;

	@Test
	void theLocalRunMakesItsSecretsOnceAndKeepsThemForItsOwnerSoThatLinksOutliveARestart() throws IOException {
		Path file = this.data.resolve("manage-link-secrets.properties");

		ManageLinkSecrets first = ManageLinkSecrets.loadOrCreate(file);
		ManageLinkSecrets again = ManageLinkSecrets.loadOrCreate(file);

		assertThat(again).isEqualTo(first);
		assertThat(Base64.getDecoder().decode(first.tokenSecret())).hasSize(32);
		assertThat(Base64.getDecoder().decode(first.sealingKey())).hasSize(32);
		assertThat(first.tokenSecret()).isNotEqualTo(first.sealingKey());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(first.toString()).doesNotContain(first.tokenSecret(), first.sealingKey());
	}

	@Test
	void everyTestRunHasSecretsOfItsOwn() {
		assertThat(ManageLinkSecrets.random()).isNotEqualTo(ManageLinkSecrets.random());
	}

}
