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
		if (!kinds.contains(Column.DESCRIPTION) || !priced || kinds.size() < 3 || covered < 0.6 * line.size()) {
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
		List<String> pending = new ArrayList<>();
		Line previous = null;
		String description = null;
		BigDecimal quantity = null;
		BigDecimal unitPrice = null;
		BigDecimal net = null;
		for (Line line : lines) {
			Cells cells = cells(line, columns);
			boolean farBelow = previous != null && line.top() - previous.bottom() > 6 * line.height();
			if (farBelow || cells.quantity == null && endsTable(line)) {
				rows.closed = true;
				break;
			}
			if (cells.net != null) {
				if (description != null || net != null) {
					rows.consistent += add(rows, description, quantity, unitPrice, net);
				}
				List<String> parts = new ArrayList<>(pending);
				if (!cells.description.isEmpty()) {
					parts.add(cells.description);
				}
				description = parts.isEmpty() ? null : String.join(" ", parts);
				pending.clear();
				quantity = cells.quantity;
				unitPrice = cells.unitPrice;
				net = cells.net;
				rows.lines.add(line);
				previous = line;
			}
			else if (!cells.description.isEmpty() && !(continued && net == null)) {
				boolean closeToRow = previous != null && line.top() - previous.bottom() < 0.8 * line.height();
				if (net != null && closeToRow && pending.isEmpty()) {
					description = description == null ? cells.description : description + " " + cells.description;
				}
				else {
					pending.add(cells.description);
				}
				rows.lines.add(line);
				previous = line;
			}
		}
		if (net != null) {
			rows.consistent += add(rows, description, quantity, unitPrice, net);
		}
		return rows;
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

	private Cells cells(Line line, List<Header> columns) {
		BigDecimal quantity = null;
		BigDecimal unitPrice = null;
		BigDecimal net = null;
		Set<Integer> numberWords = new HashSet<>();
		for (Found<Amount> amount : text.amounts(line)) {
			Column column = columnOf(columns, amount.x(), amount.right());
			boolean used = true;
			if (column == Column.QUANTITY && quantity == null) {
				quantity = amount.value().value();
			}
			else if (column == Column.UNIT_PRICE && unitPrice == null && amount.value().decimals() >= 2) {
				unitPrice = amount.value().value();
			}
			else if (column == Column.LINE_TOTAL && amount.value().looksLikeMoney()) {
				net = amount.value().value();
			}
			else {
				used = column != Column.DESCRIPTION;
			}
			if (used) {
				for (int w = amount.firstWord(); w <= amount.lastWord(); w++) {
					numberWords.add(w);
				}
			}
		}
		StringBuilder description = new StringBuilder();
		for (int w = 0; w < line.size(); w++) {
			var word = line.word(w);
			if (!numberWords.contains(w) && columnOf(columns, word.x(), word.right()) == Column.DESCRIPTION) {
				if (description.length() > 0) {
					description.append(' ');
				}
				description.append(word.text());
			}
		}
		return new Cells(description.toString(), quantity, unitPrice, net);
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
				"Betrag EUR", "Amount EUR", "Total EUR", "Nettopreis", "Net amount", "Gesamtpreis EUR", "Montant HT");
		headers.add(Column.TAX_RATE, 1, "MwSt", "USt", "MwSt Satz", "USt Satz", "Steuersatz", "Steuer", "VAT", "Tax",
				"TVA", "BTW", "St Satz", "MwSt %", "USt %", "VAT %", "Tax %", "Steuer %");
		headers.add(Column.DISCOUNT, 1, "Rabatt", "Rab", "Discount", "Nachlass", "Remise", "Korting");
		headers.add(Column.ARTICLE, 1, "Art Nr", "Artikelnummer", "Artikel Nr", "Artikelnr", "SKU", "Item No",
				"Item number", "Code", "Ref", "Best Nr", "Bestellnummer", "Produktnummer", "Part No", "Materialnummer");
		return headers;
	}
}
