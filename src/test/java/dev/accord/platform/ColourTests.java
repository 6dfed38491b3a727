package dev.accord.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Brand colours: both notations read alike, shades mix in, and text on them picks the readable side. */
class ColourTests {

	@Test
	void theShortNotationDoublesEachDigit() {
		assertThat(Colour.parse("#C03")).isEqualTo(Colour.parse("#cc0033"));
		assertThat(Colour.parse("#0172ad").hex()).isEqualTo("#0172ad");
	}

	@Test
	void mixingMovesTowardsTheOtherColour() {
		assertThat(Colour.parse("#c0392b").mix(Colour.WHITE, 0.35).hex()).isEqualTo("#d67e75");
		assertThat(Colour.parse("#c0392b").mix(Colour.BLACK, 1).hex()).isEqualTo("#000000");
		assertThat(Colour.parse("#c0392b").rgba(0.5)).isEqualTo("rgba(192, 57, 43, 0.50)");
	}

	@Test
	void darkColoursTakeWhiteTextAndLightOnesBlack() {
		assertThat(Colour.parse("#0172ad").prefersDarkText()).isFalse();
		assertThat(Colour.parse("#c0392b").prefersDarkText()).isFalse();
		assertThat(Colour.parse("#ffd700").prefersDarkText()).isTrue();
		assertThat(Colour.WHITE.prefersDarkText()).isTrue();
	}

}
