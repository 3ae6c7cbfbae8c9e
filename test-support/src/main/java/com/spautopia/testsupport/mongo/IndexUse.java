package com.spautopia.testsupport.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Whether a query's filter can be served by one of the declared indexes, as MongoDB's
 * planner decides it in the cases that matter here: the index's first key is constrained
 * by the filter with an operator that bounds an index scan (equality, range, {@code $in},
 * {@code $exists: true}); a partial index only for a filter that includes its partial
 * filter expression; a sparse index only for a filter that excludes documents without the
 * key. {@code _id} is always indexed; each branch of an {@code $or} needs an index of its
 * own. A filter nothing constrains is served only when it is a count (answered from
 * collection metadata) or sorted by an index's first key.
 */
public final class IndexUse {

	private static final Set<String> BOUNDING = Set.of("$eq", "$gt", "$gte", "$lt", "$lte", "$in", "$all",
			"$elemMatch");

	private IndexUse() {
	}

	/**
	 * Why an index cannot serve a query, if it cannot.
	 * @param query the query as sent
	 * @param indexes the indexes declared for its collection (and others, ignored)
	 * @return empty when an index serves it, else what is missing
	 */
	public static Optional<String> unserved(QueryLog.Query query, Collection<Index> indexes) {
		List<Index> ofCollection = indexes.stream()
			.filter((index) -> index.collection().equals(query.collection()))
			.toList();
		Map<String, List<Object>> predicates = predicates(query.filter());
		if (served(predicates, ofCollection)) {
			return Optional.empty();
		}
		if (!query.orBranches().isEmpty()) {
			for (Document branch : query.orBranches()) {
				Map<String, List<Object>> combined = predicates(branch);
				predicates.forEach(
						(field, values) -> combined.computeIfAbsent(field, (key) -> new ArrayList<>()).addAll(values));
				if (!served(combined, ofCollection)) {
					return Optional.of("no declared index of " + query.collection() + " serves the branch "
							+ branch.toJson() + " of " + query.shape());
				}
			}
			return Optional.empty();
		}
		if (predicates.isEmpty()) {
			if (query.command().equals("count")) {
				return Optional.empty();
			}
			String sortKey = query.sort().keySet().stream().findFirst().orElse(null);
			boolean sortedByIndex = sortKey != null && (sortKey.equals("_id") || ofCollection.stream()
				.anyMatch((index) -> index.keys().getFirst().equals(sortKey) && index.partialFilter() == null
						&& !index.sparse()));
			return sortedByIndex ? Optional.empty()
					: Optional.of("nothing constrains " + query.shape() + ": a collection scan");
		}
		return Optional.of("no declared index of " + query.collection() + " serves " + query.filter().toJson()
				+ " (declared: " + ofCollection.stream().map(Index::describe).toList() + ")");
	}

	private static boolean served(Map<String, List<Object>> predicates, List<Index> indexes) {
		return predicates.getOrDefault("_id", List.of()).stream().anyMatch(IndexUse::bounds)
				|| indexes.stream().anyMatch((index) -> serves(index, predicates));
	}

	private static boolean serves(Index index, Map<String, List<Object>> predicates) {
		String first = index.keys().getFirst();
		List<Object> onFirst = predicates.getOrDefault(first, List.of());
		if (onFirst.stream().noneMatch(IndexUse::bounds)) {
			return false;
		}
		if (index.sparse() && onFirst.stream().noneMatch(IndexUse::excludesMissing)) {
			return false;
		}
		Document partial = index.partialFilter();
		if (partial != null) {
			for (Map.Entry<String, Object> condition : partial.entrySet()) {
				List<Object> onField = predicates.getOrDefault(condition.getKey(), List.of());
				boolean implied = onField.contains(condition.getValue())
						|| (isExistsTrue(condition.getValue()) && onField.stream().anyMatch(IndexUse::excludesMissing));
				if (!implied) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether a predicate bounds an index scan on its field.
	 */
	private static boolean bounds(Object predicate) {
		if (!(predicate instanceof Document operators) || !isOperatorDocument(operators)) {
			return true;
		}
		return operators.keySet().stream().anyMatch(BOUNDING::contains) || isExistsTrue(operators);
	}

	/**
	 * Whether a predicate matches no document that lacks the field.
	 */
	private static boolean excludesMissing(Object predicate) {
		if (predicate == null) {
			return false;
		}
		if (!(predicate instanceof Document operators) || !isOperatorDocument(operators)) {
			return true;
		}
		if (isExistsTrue(operators)) {
			return true;
		}
		return operators.entrySet()
			.stream()
			.anyMatch((operator) -> BOUNDING.contains(operator.getKey()) && operator.getValue() != null
					&& !(operator.getValue() instanceof List<?> values && values.contains(null)));
	}

	private static boolean isExistsTrue(@Nullable Object predicate) {
		return predicate instanceof Document operators && Boolean.TRUE.equals(operators.get("$exists"));
	}

	private static boolean isOperatorDocument(Document document) {
		return !document.isEmpty() && document.keySet().stream().allMatch((key) -> key.startsWith("$"));
	}

	/**
	 * The filter's predicates by field, with those of a top-level {@code $and} merged in.
	 */
	private static Map<String, List<Object>> predicates(Document filter) {
		Map<String, List<Object>> predicates = new LinkedHashMap<>();
		filter.forEach((field, predicate) -> {
			if (field.equals("$and") && predicate instanceof List<?> parts) {
				parts.stream()
					.filter(Document.class::isInstance)
					.map(Document.class::cast)
					.forEach((part) -> predicates(part).forEach(
							(key, values) -> predicates.computeIfAbsent(key, (k) -> new ArrayList<>()).addAll(values)));
			}
			else if (!field.startsWith("$")) {
				predicates.computeIfAbsent(field, (k) -> new ArrayList<>()).add(predicate);
			}
		});
		return predicates;
	}

	/**
	 * An index as the service declares it.
	 *
	 * @param collection its collection
	 * @param name its name
	 * @param keys its keys, in order
	 * @param partialFilter its partial filter expression, if it is partial
	 * @param sparse whether it is sparse
	 */
	public record Index(String collection, String name, List<String> keys, @Nullable Document partialFilter,
			boolean sparse) {

		public Index {
			keys = List.copyOf(keys);
		}

		/**
		 * An index from its key document and options, as Spring Data or
		 * {@code listIndexes} give them.
		 * @param collection the collection
		 * @param keys the key document
		 * @param options the options: {@code name}, {@code partialFilterExpression},
		 * {@code sparse}
		 * @return the index
		 */
		public static Index of(String collection, Document keys, Document options) {
			return new Index(collection, String.valueOf(options.getOrDefault("name", keys.toJson())),
					List.copyOf(keys.keySet()), options.get("partialFilterExpression", Document.class),
					Boolean.TRUE.equals(options.get("sparse")));
		}

		String describe() {
			return this.name + " " + this.keys + ((this.partialFilter != null) ? " partial" : "")
					+ (this.sparse ? " sparse" : "");
		}

	}

}
