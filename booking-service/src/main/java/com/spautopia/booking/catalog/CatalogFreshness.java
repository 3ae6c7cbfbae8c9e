package com.spautopia.booking.catalog;

import org.jspecify.annotations.Nullable;

/**
 * When the catalog held in memory is used as it is, when its revision is read to see
 * whether it changed, and when it is read again.
 */
final class CatalogFreshness {

	/** What to do before using the catalog held in memory. */
	enum Next {

		/** Use it as it is. */
		USE,

		/** Read the revision: the copy is used when the revision is still its own. */
		CHECK,

		/** Read the catalog again. */
		LOAD

	}

	private CatalogFreshness() {
	}

	/**
	 * What to do before using the copy held.
	 * @param held the copy held, or {@code null} when there is none (never read, or
	 * dropped by a change made here)
	 * @param now {@link System#nanoTime()} now
	 * @param checkNanos how long a copy is used between checks; zero checks on every use
	 * @param knownRevision the latest revision this instance knows of (its own changes
	 * bump it): a copy older than that is read again without asking
	 * @return what to do
	 */
	static Next next(Catalog.@Nullable Snapshot held, long now, long checkNanos, long knownRevision) {
		if (held == null || held.revision() < knownRevision) {
			return Next.LOAD;
		}
		return (now - held.checkedAt() >= checkNanos) ? Next.CHECK : Next.USE;
	}

	/**
	 * Whether a copy that was checked is still the catalog.
	 * @param held the copy
	 * @param revision the revision just read
	 * @return whether the copy can be used on
	 */
	static boolean unchanged(Catalog.Snapshot held, long revision) {
		return revision == held.revision();
	}

}
