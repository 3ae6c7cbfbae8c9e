package com.spautopia.booking.catalog;

import java.util.List;

import com.spautopia.booking.catalog.CatalogFreshness.Next;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogFreshnessTest {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void readsTheCatalogWhenNoCopyIsHeld() {
		assertThat(CatalogFreshness.next(null, 0, SECOND, 0)).isEqualTo(Next.LOAD);
	}

	@Test
	void usesTheCopyUntilTheCheckIsDueThenReadsTheRevision() {
		Catalog.Snapshot held = snapshot(3, 100);

		assertThat(CatalogFreshness.next(held, 100, SECOND, 3)).isEqualTo(Next.USE);
		assertThat(CatalogFreshness.next(held, 100 + SECOND - 1, SECOND, 3)).isEqualTo(Next.USE);
		assertThat(CatalogFreshness.next(held, 100 + SECOND, SECOND, 3)).isEqualTo(Next.CHECK);
	}

	@Test
	void aZeroIntervalChecksOnEveryUse() {
		assertThat(CatalogFreshness.next(snapshot(3, 100), 100, 0, 3)).isEqualTo(Next.CHECK);
	}

	@Test
	void aCopyOlderThanAChangeMadeHereIsReadAgainWithoutWaitingForTheCheck() {
		// read while this instance's change was being written, stored after it dropped
		// the copy
		assertThat(CatalogFreshness.next(snapshot(3, 100), 100, SECOND, 4)).isEqualTo(Next.LOAD);
	}

	@Test
	void aCheckedCopyIsUsedOnOnlyWhileTheRevisionIsItsOwn() {
		assertThat(CatalogFreshness.unchanged(snapshot(3, 100), 3)).isTrue();
		assertThat(CatalogFreshness.unchanged(snapshot(3, 100), 4)).isFalse();
		assertThat(CatalogFreshness.unchanged(snapshot(3, 100), 0)).as("the revision document was lost").isFalse();
	}

	private static Catalog.Snapshot snapshot(long revision, long checkedAt) {
		return Catalog.Snapshot.of(List.of(), List.of(), List.of(), revision, checkedAt);
	}

}
