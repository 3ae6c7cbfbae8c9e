package com.spautopia.notification.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InboundKeywordTests {

	@ParameterizedTest
	@CsvSource({ "STOP, OPT_OUT", "stop, OPT_OUT", "' Stop. ', OPT_OUT", "STOPALL, OPT_OUT", "UNSUBSCRIBE, OPT_OUT",
			"CANCEL, OPT_OUT", "END, OPT_OUT", "QUIT, OPT_OUT", "REVOKE, OPT_OUT", "OPTOUT, OPT_OUT", "START, OPT_IN",
			"unstop, OPT_IN", "YES, YES", "yes!, YES", "C, CONFIRM", "c, CONFIRM", "HELP, HELP", "info, HELP",
			"'see you there', OTHER", "'stop it please', OTHER", "CC, OTHER", "OK, CONFIRM", "ok!, CONFIRM",
			"Y, CONFIRM", "y, CONFIRM", "CONFIRM, CONFIRM", "Confirm., CONFIRM", "'can I come at 3?', OTHER" })
	void recognisesTwilioKeywordsAsWholeMessages(String body, String keyword) {
		assertThat(InboundKeyword.of(body)).hasToString(keyword);
	}

}
