package com.spautopia.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GSM-7 alphabet, table by table.
 */
class Gsm7Tests {

	@Test
	void basicCharactersTakeOneSeptet() {
		String basic = "Hello, Anna! 10:00 @ £5 ÄÖÜ äöü é";
		assertThat(Gsm7.septets(basic)).isEqualTo(basic.length());
		assertThat(Gsm7.septets("")).isZero();
	}

	@Test
	void extensionCharactersTakeTwo() {
		assertThat(Gsm7.septets("€")).isEqualTo(2);
		assertThat(Gsm7.septets("[x]")).isEqualTo(5);
		assertThat(Gsm7.septets("^{}\\~|\f")).isEqualTo(14);
	}

	@Test
	void anyOtherCharacterNeedsUcs2() {
		assertThat(Gsm7.septets("Łucja")).isEqualTo(-1);
		assertThat(Gsm7.septets("it’s")).isEqualTo(-1);
		assertThat(Gsm7.septets("ż")).isEqualTo(-1);
		assertThat(Gsm7.contains('ł')).isFalse();
		assertThat(Gsm7.contains('€')).isTrue();
		assertThat(Gsm7.contains('a')).isTrue();
	}

}
