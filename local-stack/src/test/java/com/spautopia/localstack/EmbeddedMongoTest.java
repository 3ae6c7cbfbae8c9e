package com.spautopia.localstack;

import java.io.IOException;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

	@TempDir
	Path temp;

	@Test
	void keepsItsDataAcrossARestart() throws IOException {
		Path file = this.temp.resolve("mongo/spa.mv");
		int port = PortCheckTest.freePort();

		EmbeddedMongo first = EmbeddedMongo.start(file, "127.0.0.1", port);
		try (MongoClient client = MongoClients.create(first.uri("spa-booking"))) {
			client.getDatabase("spa-booking").getCollection("bookings").insertOne(new Document("_id", "b-1"));
		}
		finally {
			first.stop();
		}

		EmbeddedMongo second = EmbeddedMongo.start(file, "127.0.0.1", port);
		try (MongoClient client = MongoClients.create(second.uri("spa-booking"))) {
			assertThat(client.getDatabase("spa-booking").getCollection("bookings").find().first())
				.isEqualTo(new Document("_id", "b-1"));
		}
		finally {
			second.stop();
		}
		assertThat(file).isRegularFile();
	}

}
