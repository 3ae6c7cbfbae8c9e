package com.spautopia.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-compatible server (mongo-java-server) in this JVM, keeping its data in one
 * H2 file that survives a restart.
 */
public final class EmbeddedMongo {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoServer server;

	private final String host;

	private final int port;

	private final Path file;

	private EmbeddedMongo(MongoServer server, String host, int port, Path file) {
		this.server = server;
		this.host = host;
		this.port = port;
		this.file = file;
	}

	/**
	 * Opens (or creates) the data file and listens.
	 * @param file the H2 file, e.g. {@code .local/mongo/spa.mv}
	 * @param host the address to listen on
	 * @param port the port to listen on
	 * @return the running server
	 */
	public static EmbeddedMongo start(Path file, String host, int port) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		H2Backend backend = new H2Backend(file.toAbsolutePath().toString());
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(host, port);
		}
		catch (RuntimeException ex) {
			backend.close();
			throw new LocalStackException(
					"The MongoDB-compatible server could not listen on " + host + ":" + port + ": " + ex.getMessage(),
					ex);
		}
		log.info("MongoDB-compatible server listening on {}:{}, data in {}", host, port, file);
		return new EmbeddedMongo(server, host, port, file);
	}

	/**
	 * A connection string for one database.
	 * @param database the database name
	 * @return e.g. {@code mongodb://127.0.0.1:27017/spa-booking}
	 */
	public String uri(String database) {
		return "mongodb://" + this.host + ":" + this.port + "/" + database;
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Closes client connections and the H2 file cleanly.
	 */
	public void stop() {
		this.server.shutdownNow();
	}

}
