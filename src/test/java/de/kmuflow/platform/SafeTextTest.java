package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

	@Test
	void stripsEveryBidiControl() {
		assertThat(SafeText.withoutBidiControls("Lieferant \u202Egdc.exe")).isEqualTo("Lieferant gdc.exe");
		String all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
		assertThat(SafeText.withoutBidiControls("a" + all + "b")).isEqualTo("ab");
		assertThat(SafeText.hasBidiControls("Müller & Söhne GmbH")).isFalse();
		assertThat(SafeText.withoutBidiControls("شركة")).isEqualTo("شركة");
		assertThat(SafeText.withoutBidiControls(null)).isNull();
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRun() {
		assertThat(SafeText.spreadsheetText("=HYPERLINK(\"https://evil.example\")")).isEqualTo("'=HYPERLINK(\"https://evil.example\")");
		assertThat(SafeText.spreadsheetText("+49 30 1234")).isEqualTo("'+49 30 1234");
		assertThat(SafeText.spreadsheetText("-1+2")).isEqualTo("'-1+2");
		assertThat(SafeText.spreadsheetText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SafeText.spreadsheetText("\t=1")).isEqualTo("'\t=1");
		assertThat(SafeText.spreadsheetText("\r=1")).isEqualTo("'\r=1");
		assertThat(SafeText.spreadsheetText("RE 4711 Müller")).isEqualTo("RE 4711 Müller");
		assertThat(SafeText.spreadsheetText("")).isEmpty();
	}
}
