package com.spautopia.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of the clients' manage links that booking-service (both) and
 * notification-service (the sealing key) need: random for each run of the tests; made
 * once for the local run and kept beside its data, since the links in its messages must
 * go on working after a restart.
 *
 * @param tokenSecret booking-service's {@code spa.manage-links.token-secret}
 * @param sealingKey both services' {@code spa.manage-links.sealing-key}
 */
public record ManageLinkSecrets(String tokenSecret, String sealingKey) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * New random secrets.
	 * @return the secrets
	 */
	public static ManageLinkSecrets random() {
		return new ManageLinkSecrets(randomKey(), randomKey());
	}

	/**
	 * The secrets kept in a file, made and written there (readable by its owner only) the
	 * first time.
	 * @param file the file, e.g. {@code .local/manage-link-secrets.properties}
	 * @return the secrets
	 */
	public static ManageLinkSecrets loadOrCreate(Path file) {
		try {
			if (Files.isRegularFile(file)) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				String tokenSecret = properties.getProperty("token-secret", "");
				String sealingKey = properties.getProperty("sealing-key", "");
				if (!tokenSecret.isBlank() && !sealingKey.isBlank()) {
					return new ManageLinkSecrets(tokenSecret, sealingKey);
				}
			}
			ManageLinkSecrets made = random();
			Files.createDirectories(file.toAbsolutePath().getParent());
			Properties properties = new Properties();
			properties.setProperty("token-secret", made.tokenSecret());
			properties.setProperty("sealing-key", made.sealingKey());
			Files.deleteIfExists(file);
			createOwnerOnly(file);
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				properties.store(writer, "Secrets of the local run's manage links (made once; keep them private)");
			}
			return made;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the manage links' secrets in " + file, ex);
		}
	}

	@Override
	public String toString() {
		return "ManageLinkSecrets[secrets not shown]";
	}

	private static void createOwnerOnly(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the folder's permissions apply
			Files.createFile(file);
		}
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
