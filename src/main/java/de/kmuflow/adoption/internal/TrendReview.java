package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.TrendReviewProcess.Variables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.kmuflow.adoption.internal.TrendViews.MeasureView;
import de.kmuflow.adoption.internal.TrendViews.NewMeasure;
import de.kmuflow.adoption.internal.TrendViews.TrendView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly review: the quarter's figures as text for the review form, and the manager's
 * decisions saved as new or changed measures (noted with the quarter and who decided).
 */
@Component
class TrendReview {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final TrendService trends;
	private final AdoptionFigures figures;
	private final AdoptionProperties properties;
	private final HistoryCollector collector;

	TrendReview(TrendService trends, AdoptionFigures figures, AdoptionProperties properties, HistoryCollector collector) {
		this.trends = trends;
		this.figures = figures;
		this.properties = properties;
		this.collector = collector;
	}

	/** The quarter a review started at this moment looks back on: the one before, where the business is. */
	Quarter quarterBefore(Instant started) {
		return Quarter.before(day(started));
	}

	/** The business's day at a moment. */
	LocalDate day(Instant moment) {
		return LocalDate.ofInstant(moment, properties.timeZone());
	}

	/** The form's figures; measures count as overdue when their date is before {@code asOf}, the review's day. */
	Map<String, Object> formValues(Quarter quarter, LocalDate asOf) {
		// the ledger up to this moment, not as the background collection last left it
		collector.collect();
		TimeSavedReport saved = figures.timeSaved(quarter.first(), quarter.last(), GroupBy.TREND);
		List<TrendView> trendViews = trends.trends(quarter.first(), quarter.last(), asOf);
		InvoiceFigures invoices = figures.invoices(quarter.first(), quarter.last());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(Variables.QUARTER, quarter.label());
		values.put(Variables.HOURS_SAVED, GermanText.durationOf(saved.savedSeconds()) + " in "
				+ GermanText.countOf(saved.activities(), "automatisierten oder unterstützten Schritt",
						"automatisierten oder unterstützten Schritten"));
		values.put(Variables.SAVED_BY_TREND, saved.rows().stream()
			.map(row -> row.label() + ": " + GermanText.durationOf(row.savedSeconds()) + " (" + number(row.sharePercent())
					+ " %)")
			.collect(Collectors.joining("\n")));
		values.put(Variables.INVOICES, invoiceText(invoices));
		values.put(Variables.SCORES, trendViews.stream()
			.map(trend -> trend.name() + ": " + trend.score() + " ("
					+ GermanText.countOf(trend.measures(), "Maßnahme", "Maßnahmen") + ", " + trend.overdueMeasures()
					+ " überfällig)")
			.collect(Collectors.joining("\n")));
		String open = trendViews.stream()
			.flatMap(trend -> trend.measureList().stream())
			.filter(measure -> measure.status().isOpen())
			.map(TrendReview::measureLine)
			.collect(Collectors.joining("\n"));
		values.put(Variables.MEASURES, open.isEmpty() ? "keine offenen Maßnahmen" : open);
		String overdue = trendViews.stream()
			.flatMap(trend -> trend.measureList().stream())
			.filter(MeasureView::overdue)
			.map(TrendReview::measureLine)
			.collect(Collectors.joining("\n"));
		values.put(Variables.OVERDUE_MEASURES, overdue.isEmpty() ? "Keine Maßnahme ist überfällig." : overdue);
		return values;
	}

	/** Saves the decisions; all or nothing, as the task's completion is one transaction. */
	@Transactional
	void apply(ReviewDecisions decisions, Quarter quarter, String user) {
		String origin = "Trend-Review " + quarter.shortLabel() + " (" + (user == null ? "unbekannt" : user) + ")";
		for (ReviewDecisions.NewLine line : decisions.newMeasures()) {
			trends.addMeasure(line.trend().name(), new NewMeasure(line.title(), line.owner(), line.targetDate(), null,
					null, "Beschlossen im " + origin), user);
		}
		for (ReviewDecisions.ChangeLine line : decisions.changes()) {
			String note = origin + (line.note() == null ? "" : ": " + line.note());
			trends.changeMeasure(line.measureId(), new MeasureChange(null, null, line.targetDate(), line.status(),
					line.progress(), null, note), user);
		}
	}

	private static String invoiceText(InvoiceFigures invoices) {
		if (invoices.finished() == 0) {
			return "Im Quartal wurde keine Rechnung abgeschlossen.";
		}
		String text = GermanText.countOf(invoices.finished(), "Rechnung", "Rechnungen") + " abgeschlossen, davon "
				+ invoices.withoutHumanTouch() + " ohne menschlichen Eingriff ("
				+ number(invoices.withoutHumanTouchPercent()) + " %).";
		if (invoices.averageLeadTimeSeconds() != null) {
			text += "\n" + invoices.posted() + " gebucht, mittlere Durchlaufzeit vom Eingang bis zur Buchung "
					+ GermanText.durationOf(invoices.averageLeadTimeSeconds()) + ".";
		}
		return text;
	}

	private static String measureLine(MeasureView measure) {
		return "#" + measure.id() + " – " + measure.trendName() + " – " + measure.title() + " – " + measure.statusName()
				+ ", " + measure.progress() + " %"
				+ (measure.targetDate() == null ? ", ohne Termin" : ", Ziel " + GERMAN_DATE.format(measure.targetDate()))
				+ (measure.overdue() ? " – ÜBERFÄLLIG" : "") + (measure.owner() == null ? "" : " – " + measure.owner());
	}

	private static String number(BigDecimal value) {
		return GermanText.decimal(value);
	}
}
