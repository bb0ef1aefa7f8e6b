package de.kmuflow.extraction.accuracy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.ExtractionSettings;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.ReadingFinding;
import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.extraction.accuracy.ExpectedInvoice.Category;
import de.kmuflow.extraction.accuracy.ExpectedInvoice.Half;

/**
 * How many extracted values equal the expected ones, per set, kind of document and field, and how
 * long each document took. A field counts where either side has a value: finding a value the
 * document does not show is as wrong as missing one.
 */
public final class AccuracyReport {

	/** The fields a clerk would otherwise type: every text-PDF and scan floor is kept on these. */
	static final List<String> CORE_FIELDS = de.kmuflow.extraction.InvoiceField.coreNames();

	/** What a till receipt must yield: who sold, when, how much and how much of it is tax. */
	static final List<String> RECEIPT_CORE_FIELDS = List.of("sellerName", "issueDate", "grossTotal", "taxTotal");

	static final List<String> RECEIPT_FIELDS = List.of("issueDate", "currency", "sellerName", "sellerVatId",
			"sellerTaxNumber", "netTotal", "taxTotal", "grossTotal");

	static final List<String> FIELDS = List.of("invoiceNumber", "issueDate", "dueDate", "currency", "sellerName",
			"sellerVatId", "sellerTaxNumber", "sellerIban", "buyerName", "purchaseOrderReference", "netTotal",
			"taxTotal", "grossTotal", "payableAmount");

	/** Truth of the line table, where a set has it: the number of lines and the sum of their net amounts. */
	static final String LINE_COUNT = "lineCount";
	static final String LINE_TOTAL = "lineTotal";

	/**
	 * One column of the report: a kind of document in one set, whole (half null) or one half of
	 * real-pdf's split.
	 */
	record Column(String set, Category category, Half half) implements Comparable<Column> {

		private static final Comparator<Column> ORDER = Comparator
			.comparing((Column c) -> c.set.equals(ExpectedInvoice.REAL_PDF))
			.thenComparing(Column::set)
			.thenComparing(Column::category)
			.thenComparing(c -> c.half == null ? -1 : c.half.ordinal());

		String label() {
			return set + " " + category.label + (half == null ? "" : " (" + half.name().toLowerCase(Locale.ROOT) + ")");
		}

		@Override
		public int compareTo(Column other) {
			return ORDER.compare(this, other);
		}
	}

	/** Agreeing and compared values per field, and the time each document took, of one column. */
	private static final class Tally {

		final Map<String, int[]> byField = new TreeMap<>();
		final List<Long> millis = new ArrayList<>();
		/** Invoices with a line table in their truth, those read with as many lines, and with the same sum. */
		final int[] lines = new int[3];
		/** Documents the reader marked as read as a till receipt. */
		int readAsReceipt;

		int[] sum(Predicate<String> fields) {
			int[] sum = new int[2];
			byField.forEach((field, count) -> {
				if (fields.test(field)) {
					sum[0] += count[0];
					sum[1] += count[1];
				}
			});
			return sum;
		}
	}

	private final Map<Column, Tally> tallies = new TreeMap<>();
	private final List<String> mismatches = new ArrayList<>();
	private final List<Path> readAsReceipts = new ArrayList<>();
	private int documents;

	public static AccuracyReport measure(List<ExpectedInvoice> expected) {
		AccuracyReport report = new AccuracyReport();
		try (InvoiceExtractor extractor = InvoiceExtractor.create(ExtractionSettings.defaults().withValidation(false))) {
			for (ExpectedInvoice invoice : expected) {
				long start = System.nanoTime();
				JsonNode actual = extract(extractor, invoice.file());
				report.add(invoice, actual, (System.nanoTime() - start) / 1_000_000);
			}
		}
		return report;
	}

	private static JsonNode extract(InvoiceExtractor extractor, Path file) {
		try {
			ExtractedInvoice invoice = extractor.extract(Files.readAllBytes(file));
			return ExtractionJson.toJson(file.toString(), invoice, null);
		}
		catch (UnreadableDocumentException | IOException e) {
			return ExtractionJson.toJson(file.toString(), null, e.getMessage());
		}
	}

	private void add(ExpectedInvoice expected, JsonNode actual, long millis) {
		documents++;
		List<Tally> into = new ArrayList<>();
		into.add(tallies.computeIfAbsent(new Column(expected.set(), expected.category(), null), c -> new Tally()));
		if (expected.half() != null) {
			into.add(tallies.computeIfAbsent(new Column(expected.set(), expected.category(), expected.half()),
					c -> new Tally()));
		}
		into.forEach(tally -> tally.millis.add(millis));
		boolean receipt = false;
		for (JsonNode finding : actual.path("findings")) {
			receipt |= ReadingFinding.RECEIPT_CODE.equals(finding.path("code").asText());
		}
		if (receipt) {
			into.forEach(tally -> tally.readAsReceipt++);
			readAsReceipts.add(expected.file());
		}
		if (expected.values().containsKey(LINE_COUNT)) {
			addLines(expected, actual, into);
		}
		for (String field : FIELDS) {
			if (!expected.values().containsKey(field)) {
				continue;
			}
			String want = expected.values().get(field);
			JsonNode got = actual.get(field);
			String have = got == null || got.isNull() ? null : got.asText();
			if (want == null && have == null) {
				continue;
			}
			boolean same = same(field, want, have);
			for (Tally tally : into) {
				int[] count = tally.byField.computeIfAbsent(field, f -> new int[2]);
				count[1]++;
				count[0] += same ? 1 : 0;
			}
			if (!same) {
				mismatches.add((expected.half() == null ? "" : expected.half() + " ") + expected.file() + " " + field
						+ ": expected " + want + ", got " + have);
			}
		}
	}

	private void addLines(ExpectedInvoice expected, JsonNode actual, List<Tally> into) {
		JsonNode lines = actual.path("lines");
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode line : lines) {
			sum = line.hasNonNull("net") ? sum.add(new BigDecimal(line.get("net").asText())) : sum;
		}
		boolean count = Integer.parseInt(expected.values().get(LINE_COUNT)) == lines.size();
		String total = expected.values().get(LINE_TOTAL);
		boolean adds = total != null && lines.size() > 0 && new BigDecimal(total).compareTo(sum) == 0;
		for (Tally tally : into) {
			tally.lines[0]++;
			tally.lines[1] += count ? 1 : 0;
			tally.lines[2] += adds ? 1 : 0;
		}
		if (!count || !adds) {
			mismatches.add((expected.half() == null ? "" : expected.half() + " ") + expected.file() + " lines: expected "
					+ expected.values().get(LINE_COUNT) + " adding up to " + total + ", got " + lines.size()
					+ " adding up to " + sum.toPlainString());
		}
	}

	/** Share of invoices in a column whose line table was read with as many lines as the truth has, or -1. */
	public double lineCountAgreement(Column column) {
		Tally tally = tallies.get(column);
		return tally == null || tally.lines[0] == 0 ? -1 : (double) tally.lines[1] / tally.lines[0];
	}

	static boolean same(String field, String want, String have) {
		if (want == null || have == null) {
			return Objects.equals(want, have);
		}
		if (field.endsWith("Total") || field.equals("payableAmount")) {
			try {
				return new BigDecimal(want).compareTo(new BigDecimal(have)) == 0;
			}
			catch (NumberFormatException e) {
				return false;
			}
		}
		if (field.equals("sellerVatId") || field.equals("sellerIban")) {
			return want.replaceAll("\\s+", "").equalsIgnoreCase(have.replaceAll("\\s+", ""));
		}
		return want.strip().replaceAll("\\s+", " ").equals(have.strip().replaceAll("\\s+", " "));
	}

	/**
	 * Share of agreeing values of one field in one category of the project's own samples and the
	 * e-invoice corpus, or -1 when nothing was compared.
	 */
	public double agreement(Category category, String field) {
		return share(sum(ours(category), field::equals));
	}

	/** Share of agreeing values over all fields in one category of the samples and the e-invoice corpus. */
	public double agreement(Category category) {
		return share(sum(ours(category), field -> true));
	}

	/** Share of agreeing values of one field in one column (a set's kind, or one half of it), or -1. */
	public double agreement(Column column, String field) {
		return share(sum(column::equals, field::equals));
	}

	/** Share of agreeing core values in one column (a receipt's core for the receipt set), or -1. */
	public double coreAgreement(Column column) {
		return share(sum(column::equals, coreFieldsOf(column)::contains));
	}

	/** The documents the reader marked as read as till receipts. */
	public List<Path> readAsReceipts() {
		return readAsReceipts;
	}

	/** Share of the documents in a column read as till receipts, or -1. */
	public double receiptShare(Column column) {
		Tally tally = tallies.get(column);
		return tally == null ? -1 : (double) tally.readAsReceipt / tally.millis.size();
	}

	static List<String> coreFieldsOf(Column column) {
		return column.set().equals(ExpectedInvoice.RECEIPTS) ? RECEIPT_CORE_FIELDS : CORE_FIELDS;
	}

	private static Predicate<Column> ours(Category category) {
		return column -> column.category() == category && column.half() == null
				&& !column.set().equals(ExpectedInvoice.REAL_PDF) && !column.set().equals(ExpectedInvoice.RECEIPTS);
	}

	private int[] sum(Predicate<Column> columns, Predicate<String> fields) {
		int[] sum = new int[2];
		tallies.forEach((column, tally) -> {
			if (columns.test(column)) {
				int[] part = tally.sum(fields);
				sum[0] += part[0];
				sum[1] += part[1];
			}
		});
		return sum;
	}

	private static double share(int[] count) {
		return count[1] == 0 ? -1 : (double) count[0] / count[1];
	}

	public List<String> mismatches() {
		return mismatches;
	}

	public String toMarkdown() {
		StringBuilder out = new StringBuilder();
		List<Column> ours = tallies.keySet().stream().filter(c -> !c.set().equals(ExpectedInvoice.REAL_PDF)
				&& !c.set().equals(ExpectedInvoice.RECEIPTS)).toList();
		List<Column> real = tallies.keySet().stream().filter(c -> c.set().equals(ExpectedInvoice.REAL_PDF)).toList();
		List<Column> receipts = tallies.keySet().stream().filter(c -> c.set().equals(ExpectedInvoice.RECEIPTS)).toList();
		if (!ours.isEmpty()) {
			fieldTable(out, ours, FIELDS, CORE_FIELDS);
		}
		if (!real.isEmpty()) {
			out.append('\n');
			fieldTable(out, real, FIELDS, CORE_FIELDS);
		}
		if (!receipts.isEmpty()) {
			out.append('\n');
			fieldTable(out, receipts, RECEIPT_FIELDS, RECEIPT_CORE_FIELDS);
		}
		out.append("\n| set and kind | documents | core fields | all fields | read as receipt | ms per file (median / mean / max) |\n")
			.append("|---|---|---|---|---|---|\n");
		tallies.forEach((column, tally) -> {
			long[] millis = tally.millis.stream().mapToLong(Long::longValue).sorted().toArray();
			out.append("| ").append(column.label()).append(" | ").append(millis.length).append(" | ")
				.append(percent(tally.sum(coreFieldsOf(column)::contains))).append(" | ")
				.append(percent(tally.sum(f -> true))).append(" | ").append(tally.readAsReceipt).append(" | ")
				.append(millis[millis.length / 2]).append(" / ")
				.append(Math.round(Arrays.stream(millis).average().orElse(0))).append(" / ")
				.append(millis[millis.length - 1]).append(" |\n");
		});
		lineTable(out);
		gaps(out, real);
		gaps(out, receipts);
		out.append('\n').append(documents).append(" documents; core fields in bold (for receipts: seller, date, total")
			.append(" and tax). real-pdf is split in a fixed tuning half and a check half (by invoice, so every")
			.append(" rendering of one invoice is on one side); the receipt set by kind of shop (sample-receipts/,")
			.append(" printed by the project's own make receipts).\n");
		return out.toString();
	}

	private void fieldTable(StringBuilder out, List<Column> columns, List<String> fields, List<String> core) {
		out.append("| field |");
		columns.forEach(column -> out.append(' ').append(column.label()).append(" |"));
		out.append("\n|---|");
		columns.forEach(column -> out.append("---|"));
		out.append('\n');
		for (String field : fields) {
			out.append("| ").append(core.contains(field) ? "**" + field + "**" : field).append(" |");
			for (Column column : columns) {
				int[] count = tallies.get(column).byField.get(field);
				out.append(' ').append(count == null ? "–" : count[0] + "/" + count[1] + " (" + percent(count) + ")")
					.append(" |");
			}
			out.append('\n');
		}
		out.append("| *core* |");
		columns.forEach(column -> out.append(' ').append(percent(tallies.get(column).sum(core::contains))).append(" |"));
		out.append("\n| *all* |");
		columns.forEach(column -> out.append(' ').append(percent(tallies.get(column).sum(f -> true))).append(" |"));
		out.append('\n');
	}

	/** The line tables: whether as many lines were read as the invoice has, and whether they add up. */
	private void lineTable(StringBuilder out) {
		if (tallies.values().stream().allMatch(tally -> tally.lines[0] == 0)) {
			return;
		}
		out.append("\n| set and kind | invoices with lines | line count agrees | lines add up to the line total |\n")
			.append("|---|---|---|---|\n");
		tallies.forEach((column, tally) -> {
			if (tally.lines[0] > 0) {
				out.append("| ").append(column.label()).append(" | ").append(tally.lines[0]).append(" | ")
					.append(percent(new int[] { tally.lines[1], tally.lines[0] })).append(" | ")
					.append(percent(new int[] { tally.lines[2], tally.lines[0] })).append(" |\n");
			}
		});
	}

	/** How far the check half lags the tuning half, per kind: the part of a gain that does not generalise. */
	private void gaps(StringBuilder out, List<Column> set) {
		List<Column> wholes = set.stream().filter(c -> c.half() == null).toList();
		if (wholes.isEmpty()) {
			return;
		}
		out.append("\n| ").append(wholes.get(0).set()).append(" kind | core tune | core check | gap (tune − check) |\n")
			.append("|---|---|---|---|\n");
		for (Column whole : wholes) {
			double tune = coreAgreement(new Column(whole.set(), whole.category(), Half.TUNE));
			double check = coreAgreement(new Column(whole.set(), whole.category(), Half.CHECK));
			if (tune < 0 || check < 0) {
				continue;
			}
			out.append("| ").append(whole.category().label).append(" | ").append(Math.round(100 * tune)).append(" % | ")
				.append(Math.round(100 * check)).append(" % | ")
				.append(String.format(Locale.ROOT, "%+.1f", 100 * (tune - check))).append(" points |\n");
		}
	}

	private static String percent(int[] count) {
		return count[1] == 0 ? "–" : Math.round(100.0 * count[0] / count[1]) + " %";
	}

	/**
	 * {@code make accuracy}: prints the tables over sample-invoices/, the e-invoice corpus and
	 * real-pdf. {@code -Daccuracy.only=real-pdf/text_pdf,sample-invoices} restricts the run to sets or
	 * set/kind prefixes, {@code -Daccuracy.half=tune} to one half of real-pdf, and
	 * {@code -Daccuracy.mismatches=true} lists every disagreeing value.
	 */
	public static void main(String[] args) throws IOException {
		List<ExpectedInvoice> expected = ExpectedInvoices.all().stream().filter(selected()).toList();
		AccuracyReport report = measure(expected);
		String markdown = report.toMarkdown();
		System.out.println(markdown);
		if (args.length > 0) {
			Files.writeString(Path.of(args[0]), markdown);
		}
		if (Boolean.getBoolean("accuracy.mismatches")) {
			report.mismatches().forEach(System.out::println);
		}
	}

	private static Predicate<ExpectedInvoice> selected() {
		String only = System.getProperty("accuracy.only", "").toLowerCase(Locale.ROOT);
		String half = System.getProperty("accuracy.half", "").toUpperCase(Locale.ROOT);
		return invoice -> {
			String name = (invoice.set() + "/" + invoice.category().name()).toLowerCase(Locale.ROOT);
			boolean inSet = only.isBlank() || Arrays.stream(only.split(",")).map(String::strip).anyMatch(name::startsWith);
			boolean inHalf = half.isBlank() || invoice.half() == null || invoice.half().name().equals(half);
			return inSet && inHalf;
		};
	}
}
