package com.spautopia.booking.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.booking.catalog.CatalogFreshness.Next;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The spa's treatments, therapists and rooms, held in memory and read again only when
 * they changed: every change bumps a revision (one document, one atomic increment) after
 * its write and drops this instance's copy at once; another instance's change is seen
 * when the copy is next checked, at most {@code spa.catalog.cache-ttl} after its last
 * check, by reading the revision alone. Treatments, therapists and rooms are records
 * holding immutable values only, so the instances handed out cannot be changed by a
 * caller.
 */
@Component
public class Catalog {

	static final String REVISIONS = "catalog_revisions";

	private static final String REVISION_ID = "catalog";

	private static final Sort BY_ID = Sort.by("_id");

	private final TreatmentRepository treatments;

	private final TherapistRepository therapists;

	private final RoomRepository rooms;

	private final MongoOperations mongo;

	private final long checkNanos;

	// the latest revision this instance's own changes made: a copy read before one of
	// them finished is older and is read again
	private final AtomicLong knownRevision = new AtomicLong();

	private final Lock refresh = new ReentrantLock();

	private volatile @Nullable Snapshot snapshot;

	Catalog(TreatmentRepository treatments, TherapistRepository therapists, RoomRepository rooms, MongoOperations mongo,
			CatalogProperties properties) {
		this.treatments = treatments;
		this.therapists = therapists;
		this.rooms = rooms;
		this.mongo = mongo;
		this.checkNanos = properties.cacheTtl().toNanos();
	}

	/**
	 * The catalog now: the copy held, checked or read again when due.
	 * @return the catalog
	 */
	public Snapshot current() {
		Snapshot held = this.snapshot;
		if (held != null && next(held, System.nanoTime()) == Next.USE) {
			return held;
		}
		// one request checks or reads the catalog; those arriving meanwhile use what it
		// read
		this.refresh.lock();
		try {
			held = this.snapshot;
			long now = System.nanoTime();
			Snapshot current = switch (next(held, now)) {
				case USE -> held;
				case CHECK -> CatalogFreshness.unchanged(held, revision()) ? held.checked(now) : load(now);
				case LOAD -> load(now);
			};
			this.snapshot = current;
			return current;
		}
		finally {
			this.refresh.unlock();
		}
	}

	/**
	 * Tells every instance that the catalog changed, after the change was written: this
	 * one reads it again at its next use, the others at their next check.
	 */
	public void changed() {
		Document bumped = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(REVISION_ID)),
				new Update().inc("revision", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, REVISIONS);
		if (bumped != null) {
			this.knownRevision.accumulateAndGet(revisionOf(bumped), Math::max);
		}
		this.snapshot = null;
	}

	private Next next(@Nullable Snapshot held, long now) {
		return CatalogFreshness.next(held, now, this.checkNanos, this.knownRevision.get());
	}

	private long revision() {
		return revisionOf(this.mongo.findById(REVISION_ID, Document.class, REVISIONS));
	}

	private static long revisionOf(@Nullable Document revision) {
		return (revision != null) ? revision.get("revision", Number.class).longValue() : 0;
	}

	// the revision is read first: a change made while the catalog is read is seen at the
	// next check. Each collection is read whole, in _id order (the _id index serves it)
	private Snapshot load(long now) {
		long known = this.knownRevision.get();
		long revision = revision();
		if (revision < known) {
			// older than this instance's own changes, though read after them: the
			// revision document was lost and counts again from below (held on, every use
			// would read the catalog again)
			this.knownRevision.compareAndSet(known, revision);
		}
		return Snapshot.of(this.treatments.findAll(BY_ID), this.therapists.findAll(BY_ID), this.rooms.findAll(BY_ID),
				revision, now);
	}

	/**
	 * The catalog at one moment.
	 *
	 * @param treatments the treatments, by id
	 * @param therapists the therapists, by id
	 * @param rooms the rooms, by id
	 * @param treatmentsById the treatments by id
	 * @param therapistsById the therapists by id
	 * @param revision the catalog's revision when it was read
	 * @param checkedAt {@link System#nanoTime()} when the revision was last read
	 */
	public record Snapshot(List<Treatment> treatments, List<Therapist> therapists, List<Room> rooms,
			Map<String, Treatment> treatmentsById, Map<String, Therapist> therapistsById, long revision,
			long checkedAt) {

		static Snapshot of(List<Treatment> treatments, List<Therapist> therapists, List<Room> rooms, long revision,
				long checkedAt) {
			return new Snapshot(List.copyOf(treatments), List.copyOf(therapists), List.copyOf(rooms),
					treatments.stream().collect(Collectors.toUnmodifiableMap(Treatment::id, Function.identity())),
					therapists.stream().collect(Collectors.toUnmodifiableMap(Therapist::id, Function.identity())),
					revision, checkedAt);
		}

		Snapshot checked(long now) {
			return new Snapshot(this.treatments, this.therapists, this.rooms, this.treatmentsById, this.therapistsById,
					this.revision, now);
		}

		public Optional<Treatment> treatment(String id) {
			return Optional.ofNullable(this.treatmentsById.get(id));
		}

		public Optional<Therapist> therapist(String id) {
			return Optional.ofNullable(this.therapistsById.get(id));
		}

		public Optional<Room> room(String id) {
			return this.rooms.stream().filter((room) -> room.id().equals(id)).findFirst();
		}

		/**
		 * The rooms a treatment can be given in, by id.
		 * @param treatment the treatment
		 * @return the rooms that can host it
		 */
		public List<Room> hosting(Treatment treatment) {
			return this.rooms.stream().filter((room) -> room.canHost(treatment)).toList();
		}

	}

}
