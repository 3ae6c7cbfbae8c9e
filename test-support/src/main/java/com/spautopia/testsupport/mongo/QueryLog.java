package com.spautopia.testsupport.mongo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.DecoderContext;

/**
 * Records the queries a MongoDB client sends (the filters of find, count, aggregate's
 * first {@code $match}, update, delete, findAndModify and distinct), with the thread that
 * sent them, when the thread passes the given test or runs {@link #recording}: register
 * it with the client's settings ({@code MongoClientSettings.Builder#addCommandListener}).
 */
public final class QueryLog implements CommandListener {

	private static final DocumentCodec CODEC = new DocumentCodec();

	private final Predicate<String> threads;

	private final List<Query> queries = Collections.synchronizedList(new ArrayList<>());

	private final ThreadLocal<Boolean> recordingHere = ThreadLocal.withInitial(() -> false);

	/**
	 * A log of the queries sent from the threads whose names pass a test.
	 * @param threads the test of a thread's name
	 */
	public QueryLog(Predicate<String> threads) {
		this.threads = threads;
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String thread = Thread.currentThread().getName();
		if (!this.recordingHere.get() && !this.threads.test(thread)) {
			return;
		}
		BsonDocument command = event.getCommand();
		String name = event.getCommandName();
		BsonValue collection = command.get(name);
		if (collection == null || !collection.isString()) {
			return;
		}
		String of = collection.asString().getValue();
		switch (name) {
			case "find" -> add(name, of, command.getDocument("filter", new BsonDocument()),
					command.getDocument("sort", new BsonDocument()), thread);
			case "count", "distinct" ->
				add(name, of, command.getDocument("query", new BsonDocument()), new BsonDocument(), thread);
			case "findAndModify" -> add(name, of, command.getDocument("query", new BsonDocument()),
					command.getDocument("sort", new BsonDocument()), thread);
			case "aggregate" -> {
				BsonArray pipeline = command.getArray("pipeline", new BsonArray());
				BsonDocument match = pipeline.isEmpty() ? new BsonDocument()
						: pipeline.get(0).asDocument().getDocument("$match", new BsonDocument());
				add(name, of, match, new BsonDocument(), thread);
			}
			case "update" -> eachStatement(command, "updates", name, of, thread);
			case "delete" -> eachStatement(command, "deletes", name, of, thread);
			default -> {
			}
		}
	}

	private void eachStatement(BsonDocument command, String array, String name, String collection, String thread) {
		// statements sent as a document sequence (OP_MSG) are not in the command body
		BsonArray statements = command.getArray(array, new BsonArray());
		for (BsonValue statement : statements) {
			add(name, collection, statement.asDocument().getDocument("q", new BsonDocument()), new BsonDocument(),
					thread);
		}
	}

	private void add(String command, String collection, BsonDocument filter, BsonDocument sort, String thread) {
		Document decoded = document(filter);
		List<Document> or = new ArrayList<>();
		Object branches = decoded.remove("$or");
		if (branches instanceof List<?> list) {
			list.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(or::add);
		}
		this.queries.add(new Query(command, collection, decoded, or, document(sort), thread));
	}

	private static Document document(BsonDocument bson) {
		return CODEC.decode(bson.asBsonReader(), DecoderContext.builder().build());
	}

	/**
	 * Runs something on this thread, recording the queries it sends whatever the thread's
	 * name.
	 * @param <T> what it gives
	 * @param work the work
	 * @return what it gave
	 */
	public <T> T recording(Supplier<T> work) {
		this.recordingHere.set(true);
		try {
			return work.get();
		}
		finally {
			this.recordingHere.set(false);
		}
	}

	/**
	 * The queries recorded so far, oldest first.
	 * @return the queries
	 */
	public List<Query> queries() {
		synchronized (this.queries) {
			return List.copyOf(this.queries);
		}
	}

	/**
	 * A query as sent.
	 *
	 * @param command the command (find, count, update, ...)
	 * @param collection its collection
	 * @param filter its filter, without a top-level {@code $or}
	 * @param orBranches the branches of its top-level {@code $or}, if it has one
	 * @param sort its sort, if any
	 * @param thread the thread that sent it
	 */
	public record Query(String command, String collection, Document filter, List<Document> orBranches, Document sort,
			String thread) {

		public Query {
			orBranches = List.copyOf(orBranches);
		}

		/**
		 * The query's shape: what it is, on what, and which fields it constrains, without
		 * the values.
		 * @return the shape
		 */
		public String shape() {
			return this.command + " " + this.collection + " " + this.filter.keySet()
					+ (this.orBranches.isEmpty() ? "" : " $or")
					+ (this.sort.isEmpty() ? "" : " sort " + this.sort.keySet());
		}

	}

}
