package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.kmuflow.extraction.internal.fields.BankAccountParser.Iban;
import de.kmuflow.extraction.internal.fields.TaxNumberParser.TaxNumber;
import de.kmuflow.extraction.internal.fields.VatIdParser.VatId;

/**
 * Reads the seller's VAT ID, tax number, IBAN and BIC. Their patterns are distinctive (an IBAN
 * must pass its checksum), so unlabeled ones count too. What belongs to the buyer is pushed
 * down: a VAT ID beside "Ihre USt-IdNr." or "Leistungsempfänger", an IBAN in a direct-debit note
 * ("wird von Ihrem Konto ... abgebucht").
 */
final class SellerIdentifiersReader {

	/** Words that mark a VAT ID or tax number as the buyer's. */
	private static final Pattern BUYER_ID = Pattern.compile(
			"(?<![a-z])(ihr|ihre|ihrem|ihres|ihrer|kunde|kunden|leistungsempfaenger|rechnungsempfaenger|empfaenger|"
					+ "customer|buyer|client|kaeufer|your|recipient)(?![a-z])");

	/** Words that mark an account as the buyer's: a direct debit takes money from it. */
	private static final Pattern DEBIT = Pattern.compile(
			"(?<![a-z])(lastschrift\\w*|abgebucht|abbuchen|eingezogen|einziehen|ziehen|mandat\\w*|debit\\w*|ihrem konto|"
					+ "ihr konto|ihre iban|ihre bankverbindung|your account|your iban)(?![a-z])");

	/** How far above a value its section heading may stand. */
	private static final int SECTION_LINES = 10;

	record Identifiers(Optional<Chosen<String>> vatId, Optional<Chosen<String>> taxNumber,
			Optional<Chosen<String>> iban, Optional<Chosen<String>> bic) {
	}

	private final InvoiceText text;
	private final ValueLocator locator;
	private final VatIdParser vatIds = new VatIdParser();
	private final TaxNumberParser taxNumbers = new TaxNumberParser();
	private final BankAccountParser accounts = new BankAccountParser();

	SellerIdentifiersReader(InvoiceText text) {
		this.text = text;
		this.locator = new ValueLocator(text);
	}

	Identifiers read() {
		Optional<Chosen<String>> vatId = choose(LabelKind.VAT_ID, vatIds::find, v -> v.checked() ? 1.0 : 0.75, 0.45,
				v -> true, BUYER_ID).map(c -> c.map(VatId::value));
		Optional<Chosen<String>> taxNumber = choose(LabelKind.TAX_NUMBER, taxNumbers::find, t -> 1.0, 0.35,
				TaxNumber::distinctive, BUYER_ID).map(c -> c.map(TaxNumber::value));
		Optional<Chosen<Iban>> iban = choose(LabelKind.IBAN, accounts::findIbans, i -> i.repaired() ? 0.85 : 1.0, 0.6,
				i -> true, DEBIT);
		Optional<Chosen<String>> bic = bic(iban);
		return new Identifiers(vatId, taxNumber, iban.map(c -> c.map(Iban::value)), bic);
	}

	/**
	 * Candidates are the values a label points to, and every other value of the kind with
	 * {@code unlabeledScore} when its form alone is distinctive.
	 */
	private <T> Optional<Chosen<T>> choose(LabelKind labelKind, Function<Line, List<Found<T>>> finder,
			Function<T, Double> quality, double unlabeledScore, Function<T, Boolean> distinctive, Pattern buyerSide) {
		List<Candidate<T>> candidates = new ArrayList<>();
		Set<Found<T>> labeled = new HashSet<>();
		for (LabelHit label : text.labels(labelKind)) {
			for (Located<T> located : locator.locate(label, finder)) {
				labeled.add(located.found());
				candidates.add(new Candidate<>(located.value(),
						located.score() * quality.apply(located.value()) * side(located.found().line(), buyerSide)));
			}
		}
		int order = 0;
		for (Line line : text.lines()) {
			for (Found<T> found : finder.apply(line)) {
				if (labeled.contains(found) || !distinctive.apply(found.value())) {
					continue;
				}
				// of several accounts or numbers, the first printed is the main one
				double first = Math.max(0.8, 1 - 0.05 * order++);
				candidates.add(new Candidate<>(found.value(),
						unlabeledScore * first * quality.apply(found.value()) * side(line, buyerSide)
								* (0.5 + 0.5 * found.confidence())));
			}
		}
		return Ranking.of(candidates).choose(0.2);
	}

	/** 1 for the seller's side; low when the line, or the sentence it continues, speaks of the buyer's. */
	private double side(Line line, Pattern buyerSide) {
		boolean buyers = buyerSide.matcher(TextFolding.fold(line.text())).find() || continuesDebitNote(line, buyerSide)
				|| buyerSide == BUYER_ID && inBuyerSection(line);
		return buyers ? 0.15 : 1.0;
	}

	/**
	 * Under a heading "Käufer" or "Lieferadresse" with its fields below ("Name: …", "USt-IdNr.: …"),
	 * not under "Verkäufer": the nearest party heading above, within a few lines and no wide gap,
	 * decides.
	 */
	private boolean inBuyerSection(Line line) {
		Line below = line;
		for (int offset = -1; offset >= -SECTION_LINES; offset--) {
			Line above = text.neighbour(line, offset);
			// a wide gap ends the section
			if (above == null || below.top() - above.bottom() > 2.5 * Math.max(1, line.height())) {
				return false;
			}
			below = above;
			for (LabelHit label : text.labels(above)) {
				if (label.firstWord() == 0 && text.headsSection(label)) {
					return label.kind() != LabelKind.SELLER_PARTY;
				}
			}
		}
		return false;
	}

	/**
	 * "Wir buchen den Betrag von Ihrem Konto" and the IBAN on the next line, or a "SEPA-Lastschrift"
	 * section a few lines above the IBAN.
	 */
	private boolean continuesDebitNote(Line line, Pattern buyerSide) {
		if (buyerSide != DEBIT) {
			return false;
		}
		Line below = line;
		for (int offset = -1; offset >= -3; offset--) {
			Line before = text.neighbour(line, offset);
			if (before == null || below.top() - before.bottom() > 2 * line.height()) {
				return false;
			}
			if (DEBIT.matcher(TextFolding.fold(before.text())).find()) {
				return true;
			}
			if (before.text().trim().endsWith(".")) {
				return false;
			}
			below = before;
		}
		return false;
	}

	/** A labeled BIC; else one printed beside the chosen IBAN. */
	private Optional<Chosen<String>> bic(Optional<Chosen<Iban>> iban) {
		List<Candidate<String>> candidates = new ArrayList<>();
		for (LabelHit label : text.labels(LabelKind.BIC)) {
			for (Located<String> located : locator.locate(label, accounts::findBics)) {
				candidates.add(new Candidate<>(located.value(), located.score() * side(located.found().line(), DEBIT)));
			}
		}
		if (iban.isPresent()) {
			for (Line line : text.lines()) {
				boolean besideIban = accounts.findIbans(line)
					.stream()
					.anyMatch(f -> f.value().value().equals(iban.get().value().value()));
				if (besideIban) {
					List<Found<BankAccountParser.Iban>> ibans = accounts.findIbans(line);
					for (Found<String> bic : accounts.findBics(line)) {
						// "IBAN NL91" reads like a BIC too
						boolean inIban = ibans.stream().anyMatch(i -> bic.firstWord() <= i.lastWord() && i.firstWord() <= bic.lastWord());
						if (!inIban && !text.hasLabelAt(line, bic.firstWord())) {
							candidates.add(new Candidate<>(bic.value(), 0.5));
						}
					}
				}
			}
		}
		return Ranking.of(candidates).choose(0.3);
	}
}
