package com.spautopia.booking.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What staff typed into the client search, understood: a phone number in any format (the
 * same normalisation as a booking's, so {@code 601 234 567} finds {@code +48601234567}),
 * or part of a name: the start of one or more of its words, in any case, with or without
 * diacritics ({@code lowe} and {@code Łukasz} find {@code Ada Lovelace} and
 * {@code Lukasz Nowak}).
 */
public sealed interface ClientQuery {

	/** At most this many words of a name are searched for. */
	int MAX_WORDS = 4;

	/** What a phone number may hold besides digits. */
	Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s().\\-/]+");

	Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

	Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Understands a search.
	 * @param typed what staff typed
	 * @param phones the spa's phone number rules
	 * @return the query
	 * @throws IllegalArgumentException when it is neither a whole phone number nor a name
	 * part of at least two letters
	 */
	static ClientQuery of(String typed, PhoneNumbers phones) {
		String query = typed.strip();
		if (query.chars().filter(Character::isDigit).count() >= 3 && PHONE_LIKE.matcher(query).matches()) {
			return phones.toE164(query)
				.<ClientQuery>map(ByPhone::new)
				.orElseThrow(() -> new IllegalArgumentException(
						"'" + query + "' is not a whole phone number; type the whole number or part of a name."));
		}
		List<String> words = words(query);
		if (words.isEmpty() || words.stream().mapToInt(String::length).max().orElse(0) < 2) {
			throw new IllegalArgumentException("Type at least two letters of a name, or a whole phone number.");
		}
		return new ByName(words.subList(0, Math.min(words.size(), MAX_WORDS)));
	}

	/**
	 * The words of a name as they are searched: lowercase, without diacritics (a Polish
	 * {@code ł} becomes {@code l}), split at anything that is no letter or digit.
	 * @param name a name, or part of one
	 * @return its words, in order, without duplicates
	 */
	static List<String> words(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('ł', 'l')
			.replace('Ł', 'L')
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(NOT_A_WORD_CHARACTER.split(plain)).filter((word) -> !word.isEmpty()).distinct().toList();
	}

	/**
	 * A search by phone number.
	 *
	 * @param phone the number in E.164 form
	 */
	record ByPhone(String phone) implements ClientQuery {
	}

	/**
	 * A search by name: every word must start one of the name's words.
	 *
	 * @param prefixes the words typed, as {@link #words} gives them
	 */
	record ByName(List<String> prefixes) implements ClientQuery {

		public ByName {
			prefixes = List.copyOf(prefixes);
		}

	}

}
