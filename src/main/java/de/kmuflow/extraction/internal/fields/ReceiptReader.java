package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.ReadingFinding;
import de.kmuflow.extraction.internal.text.PageText;

/**
 * Reads a till receipt (Kassenbon, a small-amount invoice under §33 UStDV) the way a clerk does:
 * the shop's name at the top, the total under its label (SUMME, Zu zahlen, TOTAL), the tax from the
 * tax table or the "enth. MwSt" lines, the date of the sale. A document is taken for a receipt by
 * what it prints, never by its name: a narrow column of text with the cues of a till (payment, tax
 * letters, TSE, cash given and change) and without an invoice's address block and bank details.
 */
public final class ReceiptReader {

	/**
	 * A till prints 32 to 56 characters a line; a column of text wider than this many characters is a
	 * page, not a receipt. Counted in characters, not millimetres, since a photo's scale is unknown.
	 */
	static final double MAX_RECEIPT_COLUMNS = 60;
	/** Cue groups a receipt shows (total, payment, till, tax letters, thanks): narrow receipts need two. */
	static final int CUES_OF_A_NARROW_RECEIPT = 2;
	private static final BigDecimal CENT = new BigDecimal("0.011");

	private static final Pattern TOTAL_LABEL = Pattern.compile(
			"^(summe|zu zahlen|total|gesamtbetrag|gesamtsumme|gesamt|endsumme|zahlbetrag|betrag|amount due|balance due|total due)(\\b.*)?$");
	private static final Pattern NOT_TOTAL = Pattern.compile(
			"\\b(zwischensumme|subtotal|sub total|zw summe|trinkgeld|tip|rueckgeld|wechselgeld|change|gegeben|geg|"
					+ "netto|net|mwst|ust|vat|steuer|tax|bezahlt|paid|anzahl|artikel|items|rabatt|pfand)\\b");
	private static final Pattern TAX_WORD = Pattern.compile("\\b(mwst|ust|vat|steuer|tax|mehrwertsteuer|umsatzsteuer)\\b");
	private static final Pattern NET_OR_GROSS_WORD = Pattern.compile("\\b(netto|net|brutto|gross|umsatz)\\b");
	private static final Pattern NET_WORD = Pattern.compile("^(netto|net|nettobetrag|net amount)\\b");
	private static final Pattern TAX_TOTAL_WORD = Pattern.compile("\\b(summe|total|gesamt)\\b");
	private static final Pattern RATE = Pattern.compile("(\\d{1,2})(?:[.,](\\d{1,2}))? ?%");
	private static final Pattern ISO_DATE_TIME = Pattern.compile("(20\\d\\d)-(\\d\\d)-(\\d\\d)T\\d");
	private static final Pattern ADDRESS_OR_NUMBER = Pattern.compile(
			"(\\b\\d{4,5}\\b|\\b(str|strasse|straße|weg|platz|allee|road|street|square|tel|fax|www|http|ust|st nr|"
					+ "steuer|vat|filiale|markt \\d|inh)\\b)");
	private static final Pattern GREETING = Pattern.compile(
			"^(herzlich )?(willkommen|welcome|kassenbon|quittung|beleg|receipt|rechnung|bon|kundenbeleg)\\b.*");

	/** A line that names an identifier (VAT Reg No, Steuer-Nr.): its digits are no amounts. */
	private static final Pattern IDENTIFIER = Pattern.compile("\\b(reg|no|nr|id|idnr|ident|steuernummer)\\b");

	private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

	static {
		CUES.put("total", Pattern.compile("\\b(summe|zu zahlen|total)\\b"));
		CUES.put("payment", Pattern.compile(
				"\\b(bar|gegeben|geg|rueckgeld|wechselgeld|ec karte|girocard|kartenzahlung|kreditkarte|cash|change|"
						+ "contactless|paid by card|card)\\b"));
		CUES.put("till", Pattern.compile(
				"\\b(kasse|kassierer|bediener|bed|bon|bon nr|tse|tse signatur|tse transaktion|till|tisch|table|server|"
						+ "quittung|beleg nr|terminal id)\\b"));
		CUES.put("thanks", Pattern.compile("\\b(vielen dank|danke|thank you|auf wiedersehen|bis bald|gute fahrt)\\b"));
		CUES.put("taxLetter", Pattern.compile("\\b([a-d1-4] ?=? ?\\d{1,2}(,\\d+)? %|\\d+[.,]\\d\\d [a-d1-4])\\b"));
	}

	/** An invoice's own marks: a receipt prints none of these. */
	private static final Pattern INVOICE_MARKS = Pattern.compile(
			"\\b(iban|bic|kundennummer|kunden nr|rechnungsnummer|rechnungsdatum|leistungsdatum|lieferdatum|"
					+ "zahlungsziel|faellig|invoice number|invoice date|due date|bankverbindung|customer number)\\b");

	private final InvoiceText text;

	ReceiptReader(InvoiceText text) {
		this.text = text;
	}

	/** What was read off a receipt; fields not found are null. */
	public record Receipt(String seller, LocalDate date, BigDecimal total, BigDecimal tax, List<BigDecimal> rates,
			String currency, boolean consistent, boolean netPrinted) {

		/** The total less the tax; taken only where the receipt prints it too (most print only the tax). */
		public BigDecimal net() {
			return total == null || tax == null ? null : total.subtract(tax);
		}

		/** Seller, date, total and tax found, and total and tax agree. */
		public boolean complete() {
			return coreFound() == 5;
		}

		/** How many of the four values a receipt must show were found (seller, date, total, tax), plus one when they agree. */
		public int coreFound() {
			return (seller == null ? 0 : 1) + (date == null ? 0 : 1) + (total == null ? 0 : 1) + (tax == null ? 0 : 1)
					+ (consistent ? 1 : 0);
		}
	}

	/** Whether the pages' text stands in a column no wider than a till roll. */
	public static boolean isNarrow(List<PageText> pages) {
		InvoiceText text = InvoiceText.of(pages);
		return !text.isEmpty() && new ReceiptReader(text).textWidthInCharacters() <= MAX_RECEIPT_COLUMNS;
	}

	/** The receipt's values when the pages show a receipt, else empty. */
	public static Optional<Receipt> read(List<PageText> pages) {
		InvoiceText text = InvoiceText.of(pages);
		return text.isEmpty() ? Optional.empty() : new ReceiptReader(text).read();
	}

	/**
	 * Reads the pages as a receipt and, when they are one, puts what it found over the generic
	 * reading and marks the invoice as read as a receipt.
	 */
	public static Optional<Receipt> readInto(List<PageText> pages, ExtractedInvoice.Builder into) {
		Optional<Receipt> receipt = read(pages);
		receipt.ifPresent(found -> apply(found, into));
		return receipt;
	}

	static void apply(Receipt receipt, ExtractedInvoice.Builder into) {
		double sure = receipt.consistent() ? 0.9 : 0.6;
		if (receipt.seller() != null) {
			into.set(InvoiceField.SELLER_NAME, receipt.seller()).confidence(InvoiceField.SELLER_NAME.name(), 0.7);
		}
		if (receipt.date() != null) {
			into.set(InvoiceField.ISSUE_DATE, receipt.date()).confidence(InvoiceField.ISSUE_DATE.name(), 0.8);
		}
		if (receipt.total() != null) {
			into.set(InvoiceField.GROSS_TOTAL, receipt.total()).confidence(InvoiceField.GROSS_TOTAL.name(), sure);
			into.set(InvoiceField.PAYABLE_AMOUNT, receipt.total()).confidence(InvoiceField.PAYABLE_AMOUNT.name(), sure);
		}
		if (receipt.tax() != null && receipt.total() != null) {
			into.set(InvoiceField.TAX_TOTAL, receipt.tax()).confidence(InvoiceField.TAX_TOTAL.name(), sure);
			if (receipt.netPrinted()) {
				into.set(InvoiceField.NET_TOTAL, receipt.net()).confidence(InvoiceField.NET_TOTAL.name(), sure);
			}
		}
		if (receipt.currency() != null && into.get(InvoiceField.CURRENCY) == null) {
			into.set(InvoiceField.CURRENCY, receipt.currency()).confidence(InvoiceField.CURRENCY.name(), 0.8);
		}
		into.finding(ReadingFinding.RECEIPT);
	}

	Optional<Receipt> read() {
		if (!isReceipt()) {
			return Optional.empty();
		}
		List<TaxRow> rows = taxRows();
		BigDecimal total = total(rows);
		BigDecimal tax = tax(rows);
		boolean consistent = total != null && tax != null && consistent(total, tax, rows);
		List<BigDecimal> rates = rows.stream().map(TaxRow::rate).filter(r -> r != null).distinct().toList();
		return Optional.of(new Receipt(seller(), date(), total, tax, rates, currency(), consistent,
				consistent && netPrinted(total.subtract(tax), rows)));
	}

	/** Whether the net is printed: as the tax table's nets added up, or under a net label. */
	private boolean netPrinted(BigDecimal net, List<TaxRow> rows) {
		BigDecimal tableNet = rows.stream().map(TaxRow::net).filter(n -> n != null).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		if (tableNet.subtract(net).abs().compareTo(CENT) < 0) {
			return true;
		}
		BigDecimal labelled = BigDecimal.ZERO;
		for (Line line : text.lines()) {
			String folded = fold(line);
			List<BigDecimal> amounts = amounts(line);
			if (NET_WORD.matcher(folded).find() && !TAX_WORD.matcher(folded).find() && !amounts.isEmpty()) {
				labelled = labelled.add(amounts.get(amounts.size() - 1));
				if (labelled.subtract(net).abs().compareTo(CENT) < 0
						|| amounts.get(amounts.size() - 1).subtract(net).abs().compareTo(CENT) < 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** Narrow text with two groups of till cues, or one page of any width with four and no invoice marks. */
	boolean isReceipt() {
		int cues = cueGroups();
		if (cues < CUES_OF_A_NARROW_RECEIPT) {
			return false;
		}
		if (textWidthInCharacters() <= MAX_RECEIPT_COLUMNS) {
			return true;
		}
		return cues >= 4 && text.lastPage() == 1
				&& text.lines().stream().noneMatch(line -> INVOICE_MARKS.matcher(fold(line)).find());
	}

	int cueGroups() {
		int groups = 0;
		for (Pattern cue : CUES.values()) {
			if (text.lines().stream().anyMatch(line -> cue.matcher(fold(line)).find())) {
				groups++;
			}
		}
		return groups;
	}

	/**
	 * The width of the printed column in characters of the usual width: from the 10th percentile
	 * of the lines' left edges to the 90th of their right edges, so that a few words read off a desk
	 * or a scanner lid do not widen it.
	 */
	double textWidthInCharacters() {
		List<Line> lines = text.lines().stream().filter(line -> line.size() >= 2).toList();
		double[] characterWidths = text.lines().stream().flatMap(line -> line.words().stream())
			.filter(word -> word.text().length() >= 3).mapToDouble(word -> word.width() / word.text().length())
			.sorted().toArray();
		if (lines.isEmpty() || characterWidths.length == 0) {
			return Double.MAX_VALUE;
		}
		double[] lefts = lines.stream().mapToDouble(Line::left).sorted().toArray();
		double[] rights = lines.stream().mapToDouble(Line::right).sorted().toArray();
		double left = lefts[lefts.length / 10];
		double right = rights[rights.length - 1 - rights.length / 10];
		return (right - left) / characterWidths[characterWidths.length / 2];
	}

	/** A line of the tax table or an "enth. MwSt" line: rate (may be null), net, tax and gross (each may be null). */
	record TaxRow(BigDecimal rate, BigDecimal net, BigDecimal tax, BigDecimal gross, boolean total) {
	}

	List<TaxRow> taxRows() {
		List<TaxRow> rows = new ArrayList<>();
		boolean inTable = false;
		for (Line line : text.lines()) {
			String folded = fold(line);
			if (IDENTIFIER.matcher(folded).find()) {
				continue;
			}
			List<BigDecimal> amounts = amounts(line);
			BigDecimal rate = rate(line.text());
			boolean taxWord = TAX_WORD.matcher(folded).find();
			if (taxWord && amounts.isEmpty() && NET_OR_GROSS_WORD.matcher(folded).find()) {
				// the header of a table: rate, net, tax, gross
				inTable = true;
				continue;
			}
			if (amounts.size() >= 3) {
				TaxRow row = tableRow(rate, amounts);
				if (row != null && (inTable || rate != null || taxWord)) {
					rows.add(row);
					continue;
				}
			}
			inTable = inTable && amounts.size() >= 3;
			if (taxWord && !NET_OR_GROSS_WORD.matcher(folded).find() && !amounts.isEmpty()) {
				boolean total = TAX_TOTAL_WORD.matcher(folded).find();
				BigDecimal tax = amounts.get(amounts.size() - 1);
				rows.add(new TaxRow(rate, null, tax, null, total && rate == null));
			}
		}
		return rows;
	}

	/** Three amounts of which two add up to the third: net, tax, gross in some order. */
	private static TaxRow tableRow(BigDecimal rate, List<BigDecimal> amounts) {
		int n = amounts.size();
		for (int i = 0; i + 2 < n; i++) {
			BigDecimal a = amounts.get(i);
			BigDecimal b = amounts.get(i + 1);
			BigDecimal c = amounts.get(i + 2);
			if (a.add(b).subtract(c).abs().compareTo(CENT) < 0 && a.signum() > 0 && b.signum() >= 0) {
				BigDecimal net = a.max(b);
				BigDecimal tax = a.min(b);
				return new TaxRow(rate, net, tax, c, false);
			}
		}
		return null;
	}

	/** The tax of the receipt: the printed tax total, else the taxes per rate added up (each rate once). */
	BigDecimal tax(List<TaxRow> rows) {
		for (TaxRow row : rows) {
			if (row.total()) {
				return row.tax();
			}
		}
		Map<String, BigDecimal> byRate = new LinkedHashMap<>();
		for (TaxRow row : rows) {
			String key = row.rate() == null ? "?" + byRate.size() : row.rate().stripTrailingZeros().toPlainString();
			byRate.putIfAbsent(key, row.tax());
		}
		return byRate.isEmpty() ? null : byRate.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The total under its label; among several, the first that the tax table confirms, else the
	 * first under a total label, else the gross of the tax table.
	 */
	BigDecimal total(List<TaxRow> rows) {
		List<BigDecimal> candidates = new ArrayList<>();
		List<Line> lines = text.lines();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String folded = fold(line);
			if (!TOTAL_LABEL.matcher(folded).matches() || NOT_TOTAL.matcher(folded).find()) {
				continue;
			}
			List<BigDecimal> amounts = amounts(line);
			if (amounts.isEmpty() && i + 1 < lines.size()) {
				amounts = amounts(lines.get(i + 1));
			}
			if (!amounts.isEmpty()) {
				candidates.add(amounts.get(amounts.size() - 1));
			}
		}
		BigDecimal tableGross = rows.stream().map(TaxRow::gross).filter(g -> g != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tax = tax(rows);
		for (BigDecimal candidate : candidates) {
			if (tax != null && consistent(candidate, tax, rows)) {
				return candidate;
			}
		}
		if (!candidates.isEmpty()) {
			return candidates.get(0);
		}
		return tableGross.signum() > 0 ? tableGross : null;
	}

	/** A total agrees with the tax when the table's gross adds up to it or its single rate gives the tax. */
	private static boolean consistent(BigDecimal total, BigDecimal tax, List<TaxRow> rows) {
		BigDecimal tableGross = rows.stream().map(TaxRow::gross).filter(g -> g != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (tableGross.signum() > 0) {
			return tableGross.subtract(total).abs().compareTo(CENT) < 0;
		}
		List<BigDecimal> rates = rows.stream().map(TaxRow::rate).filter(r -> r != null).distinct().toList();
		if (rates.size() == 1 && rates.get(0).signum() > 0) {
			BigDecimal rate = rates.get(0);
			BigDecimal expected = total.multiply(rate).divide(rate.add(BigDecimal.valueOf(100)), 2, RoundingMode.HALF_UP);
			return expected.subtract(tax).abs().compareTo(new BigDecimal("0.021")) < 0;
		}
		return tax.compareTo(total) < 0 && tax.signum() >= 0 && tax.compareTo(total.multiply(new BigDecimal("0.2"))) <= 0;
	}

	/** Amounts printed like money on a line, in reading order. */
	private List<BigDecimal> amounts(Line line) {
		return text.amounts(line).stream().filter(found -> found.value().looksLikeMoney())
			.map(found -> found.value().value()).toList();
	}

	private static BigDecimal rate(String line) {
		Matcher matcher = RATE.matcher(line);
		if (!matcher.find()) {
			return null;
		}
		String decimals = matcher.group(2) == null ? "" : "." + matcher.group(2);
		return new BigDecimal(matcher.group(1) + decimals);
	}

	/**
	 * The date of the sale: the date printed most often outside the TSE lines, the first of equals;
	 * without one, the TSE's start of the transaction.
	 */
	LocalDate date() {
		Map<LocalDate, Integer> counts = new LinkedHashMap<>();
		LocalDate tse = null;
		for (Line line : text.lines()) {
			String plain = line.text();
			Matcher iso = ISO_DATE_TIME.matcher(plain);
			if (plain.toUpperCase().contains("TSE") || iso.find()) {
				if (tse == null && iso.find(0)) {
					tse = isoDate(iso);
				}
				continue;
			}
			for (Found<LocalDate> found : text.dates(line)) {
				LocalDate date = found.value();
				if (date.getYear() >= 2000 && date.getYear() <= 2100) {
					counts.merge(date, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<LocalDate, Integer>::getValue))
			.map(Map.Entry::getKey).orElse(tse);
	}

	private static LocalDate isoDate(Matcher iso) {
		try {
			return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3)));
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
	}

	/**
	 * The shop's name: of the first lines, the one printed largest that is no greeting, no address
	 * and no number; the first such line where all are the same size.
	 */
	String seller() {
		List<Line> top = text.lines().stream().filter(line -> line.page() == 1).limit(5).toList();
		Line best = null;
		for (Line line : top) {
			String folded = fold(line);
			String letters = folded.replaceAll("[^a-z]", "");
			if (letters.length() < 3 || GREETING.matcher(folded).matches() || ADDRESS_OR_NUMBER.matcher(folded).find()
					|| TOTAL_LABEL.matcher(folded).matches() || line.confidence(0, line.size() - 1) < 0.3) {
				continue;
			}
			if (best == null || line.height() > best.height() * 1.15) {
				best = line;
			}
		}
		return best == null ? null : clean(best.text());
	}

	/** OCR's stray marks at the ends of a name go; the letters in it stay as printed. */
	private static String clean(String name) {
		return name.replace(Line.CELL_BREAK, ' ').replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.)]+$", "").strip()
			.replaceAll(" +", " ");
	}

	String currency() {
		boolean pound = false;
		boolean euro = false;
		for (Line line : text.lines()) {
			pound |= line.text().contains("£") || line.text().contains("GBP");
			euro |= line.text().contains("€") || line.text().contains("EUR");
		}
		return pound && !euro ? "GBP" : euro ? "EUR" : null;
	}

	private static String fold(Line line) {
		return TextFolding.fold(line.text());
	}
}
