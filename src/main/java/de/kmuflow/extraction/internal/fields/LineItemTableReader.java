package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.kmuflow.extraction.InvoiceLine;

/**
 * Reads the line items where a table is recognisable: a header row naming at least a
 * description and a price or amount column (Menge/Anzahl/Qty, Bezeichnung/Description,
 * Einzelpreis/Unit price, Gesamt/Betrag/Amount, ...), and the rows below it up to the totals.
 * Columns come from the header words' positions; each value goes to the column it stands under.
 * A row is a line with an amount in the amount column; lines without one continue the description
 * of the row above. A table that runs to the end of a page continues on the next page, under the
 * same columns, when that page has no header of its own.
 */
final class LineItemTableReader {

	enum Column {
		POSITION, QUANTITY, UNIT, DESCRIPTION, UNIT_PRICE, LINE_TOTAL, TAX_RATE, DISCOUNT, ARTICLE
	}

	record Items(List<InvoiceLine> lines, Set<Line> tableLines, BigDecimal netSum, double confidence) {

		static Items none() {
			return new Items(List.of(), Set.of(), null, 0);
		}
	}

	private record Header(Column column, double x, double right) {

		double center() {
			return (x + right) / 2;
		}
	}

	private static final PhraseMatcher<Column> HEADERS = headers();

	private final InvoiceText text;

	LineItemTableReader(InvoiceText text) {
		this.text = text;
	}

	Items read() {
		List<InvoiceLine> items = new ArrayList<>();
		Set<Line> tableLines = new HashSet<>();
		int consistent = 0;
		List<Header> columns = null;
		boolean open = false;
		for (int page = 1; page <= text.lastPage(); page++) {
			List<Line> lines = text.page(page);
			int start = -1;
			for (int i = 0; i < lines.size(); i++) {
				List<Header> found = header(lines.get(i));
				if (found != null) {
					columns = found;
					start = i + 1;
					tableLines.add(lines.get(i));
					break;
				}
			}
			if (start < 0 && !open) {
				continue;
			}
			boolean continued = start < 0;
			Rows rows = readRows(lines.subList(continued ? 0 : start, lines.size()), columns, continued);
			items.addAll(rows.items);
			tableLines.addAll(rows.lines);
			consistent += rows.consistent;
			open = !rows.closed && !rows.items.isEmpty();
		}
		if (items.isEmpty()) {
			return Items.none();
		}
		BigDecimal sum = items.stream()
			.map(InvoiceLine::net)
			.filter(n -> n != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		double confidence = 0.5 + 0.3 * consistent / items.size();
		return new Items(items, tableLines, sum, confidence);
	}

	/** The columns named on a line, or null when it is no table header. */
	List<Header> header(Line line) {
		List<PhraseMatcher.Match<Column>> matches = HEADERS.find(line);
		Set<Column> kinds = new HashSet<>();
		int covered = 0;
		for (PhraseMatcher.Match<Column> match : matches) {
			kinds.add(match.kind());
			covered += match.lastWord() - match.firstWord() + 1;
		}
		boolean priced = kinds.contains(Column.LINE_TOTAL) || kinds.contains(Column.UNIT_PRICE);
		// "Leistung | Betrag" alone is a header only when nothing else stands on the line
		boolean enoughColumns = kinds.size() >= 3 || kinds.size() == 2 && covered == line.size() && line.cellCount() >= 2;
		if (!kinds.contains(Column.DESCRIPTION) || !priced || !enoughColumns || covered < 0.6 * line.size()) {
			return null;
		}
		List<Header> headers = new ArrayList<>();
		for (PhraseMatcher.Match<Column> match : matches) {
			headers.add(new Header(match.kind(), line.word(match.firstWord()).x(), line.word(match.lastWord()).right()));
		}
		headers.sort(Comparator.comparingDouble(Header::x));
		// the rightmost amount column holds the line's amount; a lone price column does too
		if (headers.stream().noneMatch(h -> h.column() == Column.LINE_TOTAL)) {
			Header price = headers.stream().filter(h -> h.column() == Column.UNIT_PRICE).reduce((a, b) -> b).get();
			headers.set(headers.indexOf(price), new Header(Column.LINE_TOTAL, price.x(), price.right()));
		}
		Header last = headers.stream().filter(h -> h.column() == Column.LINE_TOTAL).reduce((a, b) -> b).get();
		for (int i = 0; i < headers.size(); i++) {
			Header h = headers.get(i);
			if (h.column() == Column.LINE_TOTAL && h != last) {
				headers.set(i, new Header(Column.UNIT_PRICE, h.x(), h.right()));
			}
		}
		return headers;
	}

	private static final class Rows {
		final List<InvoiceLine> items = new ArrayList<>();
		final List<Line> lines = new ArrayList<>();
		int consistent;
		boolean closed;
	}

	private Rows readRows(List<Line> lines, List<Header> columns, boolean continued) {
		Rows rows = new Rows();
		List<Line> body = new ArrayList<>();
		List<Cells> bodyCells = new ArrayList<>();
		Line previous = null;
		boolean rowSeen = false;
		for (Line line : lines) {
			Cells cells = cells(line, columns);
			boolean farBelow = previous != null && line.top() - previous.bottom() > 6 * line.height();
			if (farBelow || cells.quantity == null && endsTable(line)) {
				rows.closed = true;
				break;
			}
			boolean row = cells.net != null;
			// on a continued page, what stands above the first row is the page's head, not a description
			if (!row && (cells.description.isEmpty() || continued && !rowSeen)) {
				continue;
			}
			rowSeen |= row;
			body.add(line);
			bodyCells.add(cells);
			previous = line;
		}
		assemble(body, bodyCells, rows);
		return rows;
	}

	/**
	 * Turns the table's lines into items. Lines without an amount belong to the row above or
	 * below them: a run of such lines splits at its widest gap, the upper part continues the row
	 * above, the lower part begins the row below. After the last row only lines close to it count.
	 */
	private static void assemble(List<Line> body, List<Cells> cells, Rows rows) {
		List<Integer> rowIndex = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			if (cells.get(i).net != null) {
				rowIndex.add(i);
			}
		}
		List<List<String>> above = new ArrayList<>();
		List<List<String>> below = new ArrayList<>();
		for (int r = 0; r < rowIndex.size(); r++) {
			above.add(new ArrayList<>());
			below.add(new ArrayList<>());
		}
		Set<Integer> used = new HashSet<>(rowIndex);
		for (int r = 0; r <= rowIndex.size() && !rowIndex.isEmpty(); r++) {
			int from = r == 0 ? 0 : rowIndex.get(r - 1) + 1;
			int to = r == rowIndex.size() ? body.size() : rowIndex.get(r);
			if (from >= to) {
				continue;
			}
			int split = splitPoint(body, from, to, r > 0, r < rowIndex.size());
			for (int i = from; i < split; i++) {
				below.get(r - 1).add(cells.get(i).description);
				used.add(i);
			}
			for (int i = split; i < to && r < rowIndex.size(); i++) {
				above.get(r).add(cells.get(i).description);
				used.add(i);
			}
		}
		for (int r = 0; r < rowIndex.size(); r++) {
			Cells row = cells.get(rowIndex.get(r));
			List<String> parts = new ArrayList<>(above.get(r));
			if (!row.description.isEmpty()) {
				parts.add(row.description);
			}
			parts.addAll(below.get(r));
			String description = parts.isEmpty() ? null : String.join(" ", parts);
			rows.consistent += add(rows, description, row.quantity, row.unitPrice, row.net);
		}
		used.stream().sorted().forEach(i -> rows.lines.add(body.get(i)));
	}

	/**
	 * Where a run of text lines {@code from..to-1} between two rows splits: the index of the first
	 * line that belongs to the row below. Without a row above everything goes below; without a row
	 * below only lines close to the row above stay.
	 */
	private static int splitPoint(List<Line> body, int from, int to, boolean rowAbove, boolean rowBelow) {
		if (!rowAbove) {
			return from;
		}
		if (!rowBelow) {
			int split = from;
			while (split < to && gap(body, split) <= 1.5 * body.get(split).height()) {
				split++;
			}
			return split;
		}
		int split = from;
		double widest = -1;
		for (int i = from; i <= to; i++) {
			// gap(i) is the gap above line i; the row below is line "to"
			double gap = gap(body, i);
			// on even spacing a line continues the row above, the more common layout
			if (gap >= widest) {
				widest = gap;
				split = i;
			}
		}
		return split;
	}

	private static double gap(List<Line> body, int i) {
		return body.get(i).top() - body.get(i - 1).bottom();
	}

	/** Adds a row; 1 when quantity times unit price gives its amount. */
	private static int add(Rows rows, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net) {
		rows.items.add(new InvoiceLine(description, quantity, unitPrice, net));
		if (quantity != null && unitPrice != null) {
			BigDecimal product = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
			return product.subtract(net).abs().compareTo(new BigDecimal("0.011")) <= 0 ? 1 : 0;
		}
		return 0;
	}

	/** Totals, or a carry-over to the next page, end the rows. */
	private boolean endsTable(Line line) {
		if (text.labels(line).stream().anyMatch(h -> h.kind().isTotal() && h.strength() >= 0.55)) {
			return true;
		}
		String folded = TextFolding.fold(line.text());
		return folded.startsWith("uebertrag") || folded.contains("carried forward") || folded.startsWith("zwischensumme");
	}

	private record Cells(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net) {
	}

	/**
	 * The values of a line by column. Cells (runs of words without a column gap) are the unit: a
	 * cell that begins in the description column is description, numbers in it included ("Flyer,
	 * 5.000 Stück"), except trailing numbers standing right under a number column (where OCR
	 * closed the gap). Other cells give their amounts to the column they stand under.
	 */
	private Cells cells(Line line, List<Header> columns) {
		BigDecimal quantity = null;
		BigDecimal unitPrice = null;
		BigDecimal net = null;
		List<String> description = new ArrayList<>();
		List<Found<Amount>> amounts = text.amounts(line);
		for (int[] cell : line.cells()) {
			int first = cell[0];
			int last = cell[1];
			Column start = columnOf(columns, line.word(first).x(), line.word(first).x());
			int textEnd = last;
			if (start == Column.DESCRIPTION && hasLetters(line, first, last)) {
				while (textEnd > first && isNumber(line.word(textEnd).text()) && widerGapBefore(line, textEnd)
						&& numberColumnUnder(columns, line.word(textEnd)) != null) {
					textEnd--;
				}
				description.add(line.text(first, textEnd));
			}
			List<Found<Amount>> inCell = new ArrayList<>();
			for (Found<Amount> amount : amounts) {
				boolean inside = amount.firstWord() >= first && amount.lastWord() <= last;
				boolean text = start == Column.DESCRIPTION && amount.lastWord() <= textEnd && hasLetters(line, first, last);
				if (inside && !text) {
					inCell.add(amount);
				}
			}
			for (Found<Amount> amount : inCell) {
				Column column = inCell.size() == 1 && textEnd == last
						? columnOf(columns, line.word(first).x(), line.word(last).right())
						: columnOf(columns, amount.x(), amount.right());
				if ((column == Column.QUANTITY || column == Column.UNIT) && quantity == null) {
					quantity = amount.value().value();
				}
				else if (column == Column.UNIT_PRICE && unitPrice == null && amount.value().decimals() >= 2) {
					unitPrice = amount.value().value();
				}
				else if (column == Column.LINE_TOTAL && amount.value().looksLikeMoney()) {
					net = amount.value().value();
				}
			}
		}
		return new Cells(String.join(" ", description), quantity, unitPrice, net);
	}

	private static boolean hasLetters(Line line, int first, int last) {
		for (int i = first; i <= last; i++) {
			String word = line.word(i).text();
			if (word.chars().filter(Character::isLetter).count() >= 2) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNumber(String word) {
		return word.matches("[-−]?[\\d.,']+[-]?");
	}

	/** A gap wider than a space: a column OCR failed to separate, not "Körnung 180". */
	private static boolean widerGapBefore(Line line, int word) {
		return line.word(word).x() - line.word(word - 1).right() > 0.6 * line.height();
	}

	/** The number column whose header a word is aligned with (right or left edge), or null. */
	private static Column numberColumnUnder(List<Header> columns, de.kmuflow.extraction.internal.text.Word word) {
		double tolerance = 0.6 * word.height();
		for (Header header : columns) {
			boolean number = header.column() != Column.DESCRIPTION && header.column() != Column.ARTICLE;
			boolean aligned = Math.abs(word.right() - header.right()) < tolerance || Math.abs(word.x() - header.x()) < tolerance;
			if (number && aligned) {
				return header.column();
			}
		}
		return null;
	}

	/** The column a span stands under: the one whose header it overlaps most, else the nearest. */
	private static Column columnOf(List<Header> columns, double x, double right) {
		Header best = null;
		double bestDistance = Double.MAX_VALUE;
		for (int i = 0; i < columns.size(); i++) {
			Header header = columns.get(i);
			// a column reaches from midway after its left neighbour to midway before its right one
			double from = i == 0 ? Double.NEGATIVE_INFINITY : (columns.get(i - 1).right() + header.x()) / 2;
			double to = i == columns.size() - 1 ? Double.POSITIVE_INFINITY : (header.right() + columns.get(i + 1).x()) / 2;
			double center = (x + right) / 2;
			if (center >= from && center < to) {
				return header.column();
			}
			double distance = Math.abs(center - header.center());
			if (distance < bestDistance) {
				bestDistance = distance;
				best = header;
			}
		}
		return best == null ? null : best.column();
	}

	private static PhraseMatcher<Column> headers() {
		PhraseMatcher<Column> headers = new PhraseMatcher<>();
		headers.add(Column.POSITION, 1, "Pos", "Position", "Pos Nr", "Lfd Nr", "Nr", "Line", "No");
		headers.add(Column.QUANTITY, 1, "Menge", "Anzahl", "Anz", "Stk", "Stueck", "Stueckzahl", "Qty", "Quantity",
				"Qte", "Quantite", "Aantal", "Std", "Stunden", "Hours", "Hrs", "Menge Einheit", "Liefermenge");
		headers.add(Column.UNIT, 1, "Einheit", "ME", "Einh", "Mengeneinheit", "Unit", "Unite", "Eenheid", "VE");
		headers.add(Column.DESCRIPTION, 1, "Bezeichnung", "Beschreibung", "Artikel", "Artikelbezeichnung", "Leistung",
				"Leistungsbeschreibung", "Produkt", "Text", "Description", "Item", "Product", "Service", "Designation",
				"Omschrijving", "Positionstext", "Material", "Taetigkeit", "Artikel Leistung", "Leistung Artikel",
				"Artikelbeschreibung", "Item description", "Produktbezeichnung", "Dienstleistung", "Details", "Libelle");
		headers.add(Column.UNIT_PRICE, 1, "Einzelpreis", "E Preis", "EP", "Preis", "Stueckpreis", "Preis Einheit",
				"Preis je Einheit", "Preis pro Einheit", "Einzelpr", "Unit price", "Price", "Rate", "Prix unitaire", "Prix",
				"Prijs", "Stundensatz", "Preis pro Stueck", "Einzelbetrag", "Netto Einzelpreis", "EP netto",
				"Einzelpreis netto", "Einzelpreis EUR", "Unit cost", "Stuekpreis", "Preis EUR", "Price EUR");
		headers.add(Column.LINE_TOTAL, 1, "Gesamt", "Gesamtpreis", "GP", "Betrag", "Summe", "Gesamtbetrag", "Total",
				"Amount", "Line total", "Net", "Netto", "Nettobetrag", "Montant", "Bedrag", "Totaal", "Wert",
				"Positionsbetrag", "Gesamt netto", "Netto gesamt", "Gesamtpreis netto", "Summe netto", "Gesamt EUR",
				"Betrag EUR", "Amount EUR", "Total EUR", "Nettopreis", "Net amount", "Gesamtpreis EUR", "Montant HT",
				"Nettowert", "Positionswert", "Gesamtwert", "Entgelt", "Nettoentgelt", "Prix HT");
		headers.add(Column.TAX_RATE, 1, "MwSt", "USt", "MwSt Satz", "USt Satz", "Steuersatz", "Steuer", "VAT", "Tax",
				"TVA", "BTW", "St Satz", "MwSt %", "USt %", "VAT %", "Tax %", "Steuer %");
		headers.add(Column.DISCOUNT, 1, "Rabatt", "Rab", "Discount", "Nachlass", "Remise", "Korting");
		headers.add(Column.ARTICLE, 1, "Art Nr", "Artikelnummer", "Artikel Nr", "Artikelnr", "SKU", "Item No",
				"Item number", "Code", "Ref", "Best Nr", "Bestellnummer", "Produktnummer", "Part No", "Materialnummer",
				"GTIN", "EAN", "Art Nr Lieferant", "Art Nr Kunde");
		return headers;
	}
}
