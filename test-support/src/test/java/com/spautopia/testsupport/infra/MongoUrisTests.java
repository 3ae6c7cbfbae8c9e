package com.spautopia.testsupport.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MongoUrisTests {

	@Test
	void replacesTheDatabaseAndKeepsOptions() {
		assertThat(MongoUris.withDatabase("mongodb://h1:27017,h2:27017/old?replicaSet=rs0&w=majority", "fresh"))
			.isEqualTo("mongodb://h1:27017,h2:27017/fresh?replicaSet=rs0&w=majority");
	}

	@Test
	void addsTheDatabaseWhenThereIsNone() {
		assertThat(MongoUris.withDatabase("mongodb://127.0.0.1:27017", "fresh"))
			.isEqualTo("mongodb://127.0.0.1:27017/fresh");
		assertThat(MongoUris.withDatabase("mongodb://127.0.0.1:27017/?directConnection=true", "fresh"))
			.isEqualTo("mongodb://127.0.0.1:27017/fresh?directConnection=true");
	}

	@Test
	void keepsTheOriginalDatabaseAsAuthSourceWhenCredentialsAreGiven() {
		assertThat(MongoUris.withDatabase("mongodb://spa:secret@mongo:27017/admin?tls=false", "fresh"))
			.isEqualTo("mongodb://spa:secret@mongo:27017/fresh?tls=false&authSource=admin");
		assertThat(MongoUris.withDatabase("mongodb+srv://spa:secret@cluster.example.net/?authSource=x", "fresh"))
			.isEqualTo("mongodb+srv://spa:secret@cluster.example.net/fresh?authSource=x");
	}

	@Test
	void redactsCredentials() {
		assertThat(MongoUris.redacted("mongodb://spa:secret@mongo:27017/db")).isEqualTo("mongodb://***@mongo:27017/db");
	}

}
