package dev.accord.platform;

import dev.accord.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "Ana\u0000", "Ana\r\nBcc: x", "Ana\nB", "A\tB", "A\u007fB", "A\u0085B", "A\u200bB",
			"A\u200dB", "A\u202eB", "A\u2066B", "\ufeffAna", "A\u2028B", "A\u2029B", "A\ud800B" })
	void oneLineFieldsRefuseControlInvisibleAndBidiCharacters(String value) {
		assertThat(PlainText.isSingleLine(value)).isFalse();
		assertThatThrownBy(() -> PlainText.requireSingleLine("firstName", value))
			.isInstanceOfSatisfying(ValidationException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsEntry("firstName", "validation.singleLine"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ana", "José Müller-Łukasz", "山田 太郎", "Ольга", "O'Brien & Co. (Europe)", "🎉 Party",
			"محمد" })
	void oneLineFieldsKeepOrdinaryTextOfEveryScript(String value) {
		assertThat(PlainText.isSingleLine(value)).isTrue();
		assertThat(PlainText.isMultiLine(value)).isTrue();
	}

	@Test
	void notesKeepOrdinaryLineBreaksAndTabsButNothingElseInvisible() {
		assertThat(PlainText.isMultiLine("Line one\r\nLine two\n\tindented")).isTrue();
		assertThat(PlainText.isMultiLine("Line one\u0000")).isFalse();
		assertThat(PlainText.isMultiLine("Line \u202eone")).isFalse();
		assertThat(PlainText.isMultiLine("Line \u200bone")).isFalse();
		assertThat(PlainText.isMultiLine(null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ana@example.com\u0000", "ana\u0000@example.com", "ana@example.com\r\nBcc: x@y.z",
			"an\u200ba@example.com", "ana@exa\u202emple.com", "\u0000ana@example.com", "ana@example.com\n",
			"ana\u00a0b@example.com" })
	void emailsRefuseControlAndInvisibleCharactersEvenAtTheEnds(String value) {
		assertThat(EmailAddress.isValid(value)).isFalse();
		assertThat(value).doesNotMatch(EmailAddress.PATTERN);
	}

	@Test
	void emailsMayStillBeSurroundedBySpaces() {
		assertThat(EmailAddress.isValid("  Ana@Example.com ")).isTrue();
		assertThat(EmailAddress.normalize("  Ana@Example.com ")).isEqualTo("ana@example.com");
	}

}
