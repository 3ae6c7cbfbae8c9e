package com.spautopia.booking.client;

import java.util.List;

import com.spautopia.booking.client.ClientQuery.ByName;
import com.spautopia.booking.client.ClientQuery.ByPhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientQueryTest {

	private final PhoneNumbers polish = new PhoneNumbers("PL");

	@ParameterizedTest
	@ValueSource(strings = { "601 234 567", "+48 601-234-567", "0048601234567", "(+48) 601.234.567", " 601234567 " })
	void aPhoneNumberInAnyFormatIsSearchedInE164(String typed) {
		assertThat(ClientQuery.of(typed, this.polish)).isEqualTo(new ByPhone("+48601234567"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "601 23", "+48 601", "123456789012345" })
	void partOfANumberIsRefused(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientQuery.of(typed, this.polish))
			.withMessageContaining("whole phone number");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Ada|ada", "  LOVE  |love", "Łukasz Wiśniewski|lukasz,wisniewski",
			"anna-maria o'neil|anna,maria,o,neil", "Zoë|zoe", "room 12|room,12" })
	void aNameIsSearchedByTheStartsOfItsWordsWithoutCaseOrDiacritics(String typed, String words) {
		assertThat(ClientQuery.of(typed, this.polish)).isEqualTo(new ByName(List.of(words.split(","))));
	}

	@Test
	void atMostFourWordsAreSearched() {
		assertThat(ClientQuery.of("anna b c d e f", this.polish)).isEqualTo(new ByName(List.of("anna", "b", "c", "d")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "a", "-", "ł", "*.*" })
	void lessThanTwoLettersOfANameIsRefused(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientQuery.of(typed, this.polish))
			.withMessageContaining("two letters");
	}

	@Test
	void theWordsOfANameAreStoredAsTheyAreSearched() {
		assertThat(ClientQuery.words("Ewa Wiśniewska-Żak")).containsExactly("ewa", "wisniewska", "zak");
		assertThat(ClientQuery.words("Ada ada ADA")).containsExactly("ada");
		assertThat(ClientQuery.words("regex .* ^$ chars")).containsExactly("regex", "chars");
	}

}
