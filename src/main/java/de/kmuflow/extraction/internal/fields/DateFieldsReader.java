package de.kmuflow.extraction.internal.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads issue, due and delivery date. Labeled dates come first; a date no label claims on the
 * upper part of page 1 ("Berlin, 15.03.2026") is a weak issue-date candidate. Issue and due date
 * are chosen together so that the due date does not lie before the issue date.
 */
final class DateFieldsReader {

	private static final Pattern PAYMENT_TERM = Pattern.compile(
			"\\b(?:zahlungsziel|zahlbar innerhalb(?: von)?|zahlbar binnen|zahlungsfrist|payable within|payment terms|net)"
					+ "\\s+(\\d{1,3})\\s+(?:tage|tagen|kalendertage|kalendertagen|days)\\b"
					+ "|\\b(?:innerhalb(?: von)?|binnen|within)\\s+(\\d{1,3})\\s+(?:tagen|days)\\s+(?:netto|net|ohne abzug)\\b");

	record Dates(Optional<Chosen<LocalDate>> issueDate, Optional<Chosen<LocalDate>> dueDate,
			Optional<Chosen<LocalDate>> deliveryDate) {
	}

	private final InvoiceText text;
	private final ValueLocator locator;

	DateFieldsReader(InvoiceText text) {
		this.text = text;
		this.locator = new ValueLocator(text);
	}

	Dates read() {
		List<Candidate<LocalDate>> issue = new ArrayList<>();
		List<Candidate<LocalDate>> due = new ArrayList<>();
		List<Candidate<LocalDate>> delivery = new ArrayList<>();
		Set<Found<LocalDate>> claimed = new HashSet<>();
		boolean deliveryIsIssueDate = false;
		for (Line line : text.lines()) {
			for (LabelHit label : text.labels(line)) {
				List<Located<LocalDate>> located = locator.locate(label, text::dates);
				// a date label claims its dates wherever they are, any other label only those beside it
				located.stream().filter(l -> isAboutDates(label) || !l.below()).forEach(l -> claimed.add(l.found()));
				switch (label.kind()) {
					case ISSUE_DATE -> {
						if (label.strength() >= 0.5) {
							add(issue, located, line);
						}
						else if (datesTheInvoice(label)) {
							// "Rechnung Nr. 4711 vom 05.03.2026": as sure as "Rechnungsdatum"
							add(issue, located.stream().map(l -> new Located<>(l.found(), l.label(), l.geometry() * 2, l.below()))
								.toList(), line);
						}
						else if (!followsAnotherLabel(label)) {
							add(issue, located, line);
						}
					}
					case DUE_DATE -> {
						if (label.strength() < 0.5 && closesNetTerms(label)) {
							// "3 % Skonto oder bis 14.05.2026 netto", "Bis zum 30.04.2026 ohne Abzug": the clause
							// without Skonto names the due date
							add(due, located.stream().map(l -> new Located<>(l.found(), l.label(), l.geometry() * 1.6, l.below())).toList(),
									line);
						}
						else if (label.strength() >= 0.5 || !isAboutSomethingElse(line) && !endsARange(label)) {
							add(due, located, line);
						}
					}
					case DELIVERY_DATE -> {
						add(delivery, located, line);
						deliveryIsIssueDate |= pointsToIssueDate(label, located);
					}
					default -> {
					}
				}
			}
		}
		addUnclaimedDates(issue, claimed);
		Ranking<LocalDate> issueRanking = Ranking.of(issue);
		Ranking<LocalDate> dueRanking = Ranking.of(due);
		Optional<Chosen<LocalDate>> issueDate = issueRanking.choose(0.2);
		Optional<Chosen<LocalDate>> dueDate = chooseDue(dueRanking, issueDate);
		if (dueDate.isEmpty() && issueDate.isPresent()) {
			dueDate = paymentTermInDays().map(days -> new Chosen<>(issueDate.get().value().plusDays(days),
					issueDate.get().confidence() * 0.8));
		}
		Optional<Chosen<LocalDate>> deliveryDate = Ranking.of(delivery).choose(0.3);
		if (deliveryDate.isEmpty() && deliveryIsIssueDate && issueDate.isPresent()) {
			deliveryDate = Optional.of(issueDate.get().withConfidence(issueDate.get().confidence() * 0.9));
		}
		return new Dates(issueDate, dueDate, deliveryDate);
	}

	private static boolean isAboutDates(LabelHit label) {
		return switch (label.kind()) {
			case ISSUE_DATE, DUE_DATE, DELIVERY_DATE, OTHER_DATE, CASH_DISCOUNT -> true;
			default -> false;
		};
	}

	private static void add(List<Candidate<LocalDate>> candidates, List<Located<LocalDate>> located, Line line) {
		double position = line.page() == 1 ? 1.0 : 0.8;
		for (Located<LocalDate> value : located) {
			candidates.add(new Candidate<>(value.value(), value.score() * position));
		}
	}

	/** A bare "bis" on a line about Skonto or a service period does not announce the due date. */
	private boolean isAboutSomethingElse(Line line) {
		return text.hasLabel(line, LabelKind.CASH_DISCOUNT) || text.hasLabel(line, LabelKind.DELIVERY_DATE)
				|| text.hasLabel(line, LabelKind.OTHER_DATE);
	}

	/** The clause around a bare "bis" speaks of the net amount ("oder bis 14.05.2026 netto", "ohne Abzug"). */
	private static boolean closesNetTerms(LabelHit label) {
		String text = label.line().text().replace(Line.CELL_BREAK, ' ');
		int at = label.line().startOf(label.firstWord());
		int start = at;
		while (start > 0 && ",;(".indexOf(text.charAt(start - 1)) < 0 && !text.startsWith(" oder ", start - 1)
				&& !text.startsWith(" or ", start - 1)) {
			start--;
		}
		int end = at;
		while (end < text.length() && ",;)".indexOf(text.charAt(end)) < 0 && !text.startsWith(" oder ", end)
				&& !text.startsWith(" or ", end)) {
			end++;
		}
		String clause = TextFolding.fold(text.substring(start, end));
		boolean skonto = clause.contains("skonto") || clause.contains("discount") || clause.contains("%");
		return !skonto && (clause.matches(".*\\b(netto|net|ohne abzug|without deduction)\\b.*"));
	}

	/**
	 * "Rechnung Nr. 4711 vom", "Gutschrift vom": a bare "vom" after the document's title or number
	 * that begin their cell on page 1; "Die Abschlagsrechnung 2026-031 vom ..." in a sentence dates another document.
	 */
	private boolean datesTheInvoice(LabelHit label) {
		Line line = label.line();
		List<LabelHit> before = text.labels(line).stream().filter(h -> h.lastWord() < label.firstWord()).toList();
		if (line.page() != 1 || before.isEmpty()) {
			return false;
		}
		LabelHit first = before.get(0);
		boolean startsCell = first.firstWord() == 0 || line.cellOf(first.firstWord() - 1) != line.cellOf(first.firstWord());
		return startsCell && before.stream()
			.allMatch(h -> h.kind() == LabelKind.DOCUMENT_TITLE || h.kind() == LabelKind.INVOICE_NUMBER);
	}

	/**
	 * "Lieferschein 4711 vom 01.03.2026", "Stylesheet-Version: 2.6 vom 10.11.2025": a bare "vom"
	 * dates what the label before it names.
	 */
	private boolean followsAnotherLabel(LabelHit label) {
		return text.labels(label.line()).stream().anyMatch(h -> h.lastWord() < label.firstWord());
	}

	/** "vom 01.03.2026 bis 31.03.2026": a bare "bis" after a date closes a period. */
	private boolean endsARange(LabelHit label) {
		return text.dates(label.line()).stream().anyMatch(d -> d.lastWord() < label.firstWord());
	}

	/** "Leistungsdatum entspricht Rechnungsdatum": no date of its own, the issue date's label follows. */
	private boolean pointsToIssueDate(LabelHit label, List<Located<LocalDate>> located) {
		if (located.stream().anyMatch(l -> !l.below())) {
			return false;
		}
		return text.labels(label.line())
			.stream()
			.anyMatch(h -> h.kind() == LabelKind.ISSUE_DATE && h.strength() >= 0.9 && h.firstWord() > label.lastWord()
					&& h.firstWord() - label.lastWord() <= 4);
	}

	/** Dates no label claims, in the upper part of page 1, may still be the issue date. */
	private void addUnclaimedDates(List<Candidate<LocalDate>> issue, Set<Found<LocalDate>> claimed) {
		for (Line line : text.page(1)) {
			if (line.relativeY() > 0.5) {
				continue;
			}
			for (Found<LocalDate> date : text.dates(line)) {
				if (claimed.contains(date)) {
					continue;
				}
				// "Berlin, 15.03.2026" is how letters date themselves
				boolean afterPlace = date.firstWord() > 0 && line.word(date.firstWord() - 1).text().endsWith(",");
				double score = afterPlace ? 0.45 : 0.25;
				if (date.x() > line.pageWidth() / 2) {
					score += 0.05;
				}
				issue.add(new Candidate<>(date.value(), score * (0.5 + 0.5 * date.confidence())));
			}
		}
	}

	/**
	 * "Zahlungsziel: 30 Tage", "zahlbar innerhalb von 14 Tagen netto", "payable within 30 days": the due
	 * date counted from the issue date, when no date is printed. A period that earns Skonto is not the due date.
	 */
	private Optional<Integer> paymentTermInDays() {
		for (Line line : text.lines()) {
			for (String clause : line.text().replace(Line.CELL_BREAK, ' ').split("[,;]|\\b(oder|or|und|and)\\b")) {
				String folded = TextFolding.fold(clause);
				Matcher term = PAYMENT_TERM.matcher(folded);
				if (term.find() && !folded.contains("skonto") && !folded.contains("discount") && !folded.contains("%")) {
					int days = Integer.parseInt(term.group(1) != null ? term.group(1) : term.group(2));
					if (days > 0 && days <= 120) {
						return Optional.of(days);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The best due date that is not before the issue date. */
	private static Optional<Chosen<LocalDate>> chooseDue(Ranking<LocalDate> ranking,
			Optional<Chosen<LocalDate>> issueDate) {
		for (Ranking.Ranked<LocalDate> ranked : ranking.ranked()) {
			if (ranked.score() < 0.2) {
				break;
			}
			boolean inOrder = issueDate.isEmpty() || !ranked.value().isBefore(issueDate.get().value());
			if (inOrder) {
				double confidence = ranked == ranking.ranked().get(0) ? ranking.confidence()
						: ranked.score() * 0.7;
				return Optional.of(new Chosen<>(ranked.value(), confidence));
			}
		}
		return Optional.empty();
	}
}
