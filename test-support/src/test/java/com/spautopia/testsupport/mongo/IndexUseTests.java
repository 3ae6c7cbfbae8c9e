package com.spautopia.testsupport.mongo;

import java.util.List;
import java.util.Optional;

import com.spautopia.testsupport.mongo.IndexUse.Index;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexUseTests {

	private static final Index STATUS_START = new Index("bookings", "status_start", List.of("status", "start"), null,
			false);

	private static final Index PENDING = new Index("bookings", "pending", List.of("outboxSince"),
			Document.parse("{outboxSince: {$exists: true}}"), false);

	private static final Index KEY = new Index("bookings", "key", List.of("key"), null, true);

	private static final List<Index> INDEXES = List.of(STATUS_START, PENDING, KEY,
			new Index("clients", "phone", List.of("phone"), null, false));

	@Test
	void equalityOrRangeOnAnIndexsFirstKeyIsServed() {
		assertThat(unserved("find", "{status: 'REQUESTED', requestedAt: {$lt: 5}}")).isEmpty();
		assertThat(unserved("find", "{status: {$in: ['A', 'B']}}")).isEmpty();
	}

	@Test
	void aFilterOnlyOnLaterKeysOrOnNoKeyIsNotServed() {
		assertThat(unserved("find", "{start: {$gt: 1}}"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("no declared index of bookings serves"));
		assertThat(unserved("find", "{'outbox.0': {$exists: true}}")).isPresent();
	}

	@Test
	void operatorsThatDoNotBoundAScanAreNotServed() {
		assertThat(unserved("find", "{status: {$ne: 'CANCELLED'}}")).isPresent();
		assertThat(unserved("find", "{status: {$exists: false}}")).isPresent();
		assertThat(unserved("find", "{status: {$nin: ['A']}}")).isPresent();
	}

	@Test
	void aPartialIndexServesOnlyFiltersThatIncludeItsExpression() {
		assertThat(unserved("find", "{outboxSince: {$exists: true}}")).isEmpty();
		assertThat(unserved("find", "{outboxSince: {$lt: 3}}")).as("a range implies the field exists").isEmpty();
		assertThat(unserved("find", "{outboxSince: null}")).isPresent();
	}

	@Test
	void aSparseIndexServesOnlyFiltersThatExcludeDocumentsWithoutTheKey() {
		assertThat(unserved("find", "{key: 'abc'}")).isEmpty();
		assertThat(unserved("find", "{key: null}")).isPresent();
	}

	@Test
	void idIsAlwaysIndexedAndAndIsMerged() {
		assertThat(unserved("update", "{_id: 'b-1', version: 3}")).isEmpty();
		assertThat(unserved("find", "{$and: [{status: 'A'}, {start: 1}]}")).isEmpty();
	}

	@Test
	void eachBranchOfAnOrNeedsAnIndex() {
		assertThat(unserved(query("find", "bookings", "{}", List.of("{_id: 'x'}", "{status: 'A'}")))).isEmpty();
		assertThat(unserved(query("find", "bookings", "{}", List.of("{_id: 'x'}", "{until: {$lt: 4}}"))))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("branch"));
		assertThat(unserved(query("find", "bookings", "{_id: 'lease'}", List.of("{owner: 'a'}", "{until: 1}"))))
			.as("the rest of the filter is served")
			.isEmpty();
	}

	@Test
	void anUnconstrainedCountIsMetadataAndAnUnconstrainedFindNeedsAnIndexedSort() {
		assertThat(unserved("count", "{}")).isEmpty();
		assertThat(unserved("find", "{}"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("collection scan"));
		assertThat(unserved(new QueryLog.Query("find", "bookings", new Document(), List.of(),
				Document.parse("{status: 1}"), "main")))
			.isEmpty();
	}

	@Test
	void indexesOfOtherCollectionsDoNotCount() {
		assertThat(unserved(query("find", "clients", "{status: 'A'}", List.of()))).isPresent();
	}

	@Test
	void anIndexIsReadFromItsKeyDocumentAndOptions() {
		Index index = Index.of("bookings", Document.parse("{outboxSince: 1}"),
				Document.parse("{name: 'outbox_pending', partialFilterExpression: {outboxSince: {$exists: true}}}"));

		assertThat(index).isEqualTo(new Index("bookings", "outbox_pending", List.of("outboxSince"),
				Document.parse("{outboxSince: {$exists: true}}"), false));
	}

	private static Optional<String> unserved(String command, String filter) {
		return unserved(query(command, "bookings", filter, List.of()));
	}

	private static Optional<String> unserved(QueryLog.Query query) {
		return IndexUse.unserved(query, INDEXES);
	}

	private static QueryLog.Query query(String command, String collection, String filter, List<String> or) {
		return new QueryLog.Query(command, collection, Document.parse(filter),
				or.stream().map(Document::parse).toList(), new Document(), "main");
	}

}
