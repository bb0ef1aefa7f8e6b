package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kmuflow.extraction.InvoiceLine;

/**
 * Reads the items of a till receipt, which prints no table header: the lines right above the
 * total that end in one amount, often with a tax letter ("Kopie s/w A4   6,96 A"), with a quantity
 * on the line above or in front ("87 x 0,08", "2 x Brötchen"). A receipt prints gross prices, so
 * an item keeps its description and the quantity where one is printed; unit price and net amount
 * stay empty. Taken only for documents that look like receipts: tax letters, "n x price" lines or
 * a narrow page.
 */
final class ReceiptLinesReader {

	private static final Pattern QUANTITY_LINE = Pattern.compile("^(\\d+(?:[.,]\\d+)?) ?[xX×*] ?\\d+[.,]\\d{2,3}( ?€| EUR)?$");
	private static final Pattern LEADING_QUANTITY = Pattern.compile("^(\\d+(?:[.,]\\d+)?) ?[xX×*] (.+)$");
	private static final Pattern TAX_LETTER = Pattern.compile("^[A-D1-4]\\*?$");

	private final InvoiceText text;

	ReceiptLinesReader(InvoiceText text) {
		this.text = text;
	}

	LineItemTableReader.Items read() {
		Line total = firstTotalLine();
		if (total == null || !looksLikeReceipt()) {
			return LineItemTableReader.Items.none();
		}
		List<InvoiceLine> items = new ArrayList<>();
		Set<Line> used = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		// walk up from the total while lines are items or quantities; a rule or a header line ends them
		for (int offset = -1;; offset--) {
			Line line = text.neighbour(total, offset);
			if (line == null) {
				break;
			}
			boolean rule = line.text().chars().noneMatch(Character::isLetterOrDigit);
			if (rule && items.isEmpty()) {
				// the rule between items and total
				continue;
			}
			Item item = item(line);
			if (item == null) {
				break;
			}
			BigDecimal quantity = item.quantity;
			Line above = text.neighbour(line, -1);
			if (quantity == null && above != null && quantityOf(above) != null) {
				quantity = quantityOf(above);
				used.add(above);
				offset--;
			}
			items.add(0, new InvoiceLine(item.description, quantity, null, null));
			used.add(line);
			sum = sum.add(item.amount);
		}
		if (items.isEmpty()) {
			return LineItemTableReader.Items.none();
		}
		return new LineItemTableReader.Items(items, used, null, 0.6);
	}

	private record Item(String description, BigDecimal quantity, BigDecimal amount) {
	}

	/** "Kopie s/w A4   6,96 A": text, then one amount at the right, maybe a tax letter. */
	private Item item(Line line) {
		List<Found<Amount>> amounts = text.amounts(line).stream().filter(a -> a.value().looksLikeMoney()).toList();
		if (amounts.size() != 1 || !text.labels(line).stream().allMatch(h -> h.kind() == LabelKind.OTHER)) {
			return null;
		}
		Found<Amount> amount = amounts.get(0);
		for (int i = amount.lastWord() + 1; i < line.size(); i++) {
			if (!TAX_LETTER.matcher(line.word(i).text()).matches()) {
				return null;
			}
		}
		if (amount.firstWord() == 0) {
			return null;
		}
		String description = line.text(0, amount.firstWord() - 1);
		if (description.chars().filter(Character::isLetter).count() < 2) {
			return null;
		}
		BigDecimal quantity = null;
		Matcher leading = LEADING_QUANTITY.matcher(description);
		if (leading.matches()) {
			quantity = number(leading.group(1));
			description = leading.group(2);
		}
		return new Item(description, quantity, amount.value().value());
	}

	private BigDecimal quantityOf(Line line) {
		Matcher matcher = QUANTITY_LINE.matcher(line.text().replace(Line.CELL_BREAK, ' ').trim());
		return matcher.matches() ? number(matcher.group(1)) : null;
	}

	private BigDecimal number(String printed) {
		return text.amountParser().parseNumber(printed).orElse(null);
	}

	private Line firstTotalLine() {
		for (Line line : text.lines()) {
			boolean total = text.labels(line).stream().anyMatch(h -> h.kind().isTotal() && h.strength() >= 0.55);
			if (total && !text.amounts(line).isEmpty()) {
				return line;
			}
		}
		return null;
	}

	private boolean looksLikeReceipt() {
		int taxLetters = 0;
		int quantities = 0;
		for (Line line : text.lines()) {
			String last = line.size() == 0 ? "" : line.word(line.size() - 1).text();
			if (TAX_LETTER.matcher(last).matches() && !text.amounts(line).isEmpty()) {
				taxLetters++;
			}
			if (quantityOf(line) != null) {
				quantities++;
			}
		}
		Line first = text.lines().get(0);
		boolean narrow = first.pageWidth() < 0.6 * first.pageHeight();
		return taxLetters >= 2 || quantities >= 1 || narrow;
	}
}
