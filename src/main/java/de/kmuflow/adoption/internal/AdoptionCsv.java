package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.kmuflow.adoption.internal.TrendViews.TrendView;
import de.kmuflow.platform.SafeText;

/**
 * The figures as CSV for a spreadsheet in a German office: semicolons, decimal commas, text in
 * double quotes, CRLF line ends, UTF-8 with a byte order mark so Excel reads the umlauts.
 */
final class AdoptionCsv {

	static final String BOM = "\uFEFF";

	private AdoptionCsv() {
	}

	static String timeSaved(TimeSavedReport report) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, text("Gruppierung"), text("Schlüssel"), text("Bezeichnung"), text("Prozess"), text("Schritt"),
				text("Anzahl Schritte"), text("Sekunden eingespart"), text("Minuten eingespart"),
				text("Stunden eingespart"), text("Anteil in %"), text("von"), text("bis"));
		for (TimeSavedReport.Row row : report.rows()) {
			line(csv, text(report.groupBy().name().toLowerCase()), text(row.key()), text(row.label()),
					text(row.processKey()), text(row.activityId()), Long.toString(row.activities()),
					Long.toString(row.savedSeconds()), number(row.savedMinutes()), number(row.savedHours()),
					number(row.sharePercent()), report.from().toString(), report.to().toString());
		}
		return csv.toString();
	}

	static String trends(List<TrendView> trends, Period period) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, text("Trend"), text("Name"), text("Priorität"), text("Investition"), text("Dauer"),
				text("Adoptions-Score"), text("Maßnahmen"), text("offen"), text("überfällig"),
				text("Stunden eingespart"), text("Anteil an der Zeitersparnis in %"), text("von"), text("bis"));
		for (TrendView trend : trends) {
			line(csv, text(trend.id()), text(trend.name()), text(trend.priority()), text(trend.investment()),
					text(trend.duration()), Integer.toString(trend.score()), Integer.toString(trend.measures()),
					Integer.toString(trend.openMeasures()), Integer.toString(trend.overdueMeasures()),
					number(trend.savedHours()), number(trend.savedSharePercent()), period.from().toString(),
					period.to().toString());
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, String... cells) {
		csv.append(Stream.of(cells).collect(Collectors.joining(";"))).append("\r\n");
	}

	/** A text cell; one a spreadsheet would take for a formula is neutralised (numbers are not text). */
	private static String text(String value) {
		return value == null ? "" : "\"" + SafeText.spreadsheetText(value).replace("\"", "\"\"") + "\"";
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString().replace('.', ',');
	}
}
