package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import de.kmuflow.platform.GermanFormat;
import de.kmuflow.platform.PageFormats;
import de.kmuflow.platform.SafeText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Writes posted invoices as a DATEV "Buchungsstapel" (EXTF format 700, category 21, version 13):
 * header line, column names, one booking per line; ';' separated, text quoted, decimal comma,
 * Windows-1252, CRLF, as tax advisers import it.
 */
@Component
class DatevExport {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	private static final String CRLF = "\r\n";
	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter BELEGDATUM = DateTimeFormatter.ofPattern("ddMM");
	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("ddMMyyyy");

	/** The booking columns of format version 13, in order (empty ones stay empty). */
	static final List<String> COLUMNS = List.of("Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen",
			"WKZ Umsatz", "Kurs", "Basis-Umsatz", "WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)",
			"BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext", "Postensperre",
			"Diverse Adressnummer", "Geschäftspartnerbank", "Sachverhalt", "Zinssperre", "Beleglink",
			"Beleginfo - Art 1", "Beleginfo - Inhalt 1", "Beleginfo - Art 2", "Beleginfo - Inhalt 2",
			"Beleginfo - Art 3", "Beleginfo - Inhalt 3", "Beleginfo - Art 4", "Beleginfo - Inhalt 4",
			"Beleginfo - Art 5", "Beleginfo - Inhalt 5", "Beleginfo - Art 6", "Beleginfo - Inhalt 6",
			"Beleginfo - Art 7", "Beleginfo - Inhalt 7", "Beleginfo - Art 8", "Beleginfo - Inhalt 8",
			"KOST1 - Kostenstelle", "KOST2 - Kostenstelle", "Kost-Menge", "EU-Land u. UStID (Bestimmung)",
			"EU-Steuersatz (Bestimmung)", "Abw. Versteuerungsart", "Sachverhalt L+L", "Funktionsergänzung L+L",
			"BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer", "BU 49 Funktionsergänzung",
			"Zusatzinformation - Art 1", "Zusatzinformation- Inhalt 1", "Zusatzinformation - Art 2",
			"Zusatzinformation- Inhalt 2", "Zusatzinformation - Art 3", "Zusatzinformation- Inhalt 3",
			"Zusatzinformation - Art 4", "Zusatzinformation- Inhalt 4", "Zusatzinformation - Art 5",
			"Zusatzinformation- Inhalt 5", "Zusatzinformation - Art 6", "Zusatzinformation- Inhalt 6",
			"Zusatzinformation - Art 7", "Zusatzinformation- Inhalt 7", "Zusatzinformation - Art 8",
			"Zusatzinformation- Inhalt 8", "Zusatzinformation - Art 9", "Zusatzinformation- Inhalt 9",
			"Zusatzinformation - Art 10", "Zusatzinformation- Inhalt 10", "Zusatzinformation - Art 11",
			"Zusatzinformation- Inhalt 11", "Zusatzinformation - Art 12", "Zusatzinformation- Inhalt 12",
			"Zusatzinformation - Art 13", "Zusatzinformation- Inhalt 13", "Zusatzinformation - Art 14",
			"Zusatzinformation- Inhalt 14", "Zusatzinformation - Art 15", "Zusatzinformation- Inhalt 15",
			"Zusatzinformation - Art 16", "Zusatzinformation- Inhalt 16", "Zusatzinformation - Art 17",
			"Zusatzinformation- Inhalt 17", "Zusatzinformation - Art 18", "Zusatzinformation- Inhalt 18",
			"Zusatzinformation - Art 19", "Zusatzinformation- Inhalt 19", "Zusatzinformation - Art 20",
			"Zusatzinformation- Inhalt 20", "Stück", "Gewicht", "Zahlweise", "Forderungsart", "Veranlagungsjahr",
			"Zugeordnete Fälligkeit", "Skontotyp", "Auftragsnummer", "Buchungstyp", "USt-Schlüssel (Anzahlungen)",
			"EU-Mitgliedstaat (Anzahlungen)", "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)",
			"Erlöskonto (Anzahlungen)", "Herkunft-Kz", "Leerfeld", "KOST-Datum", "SEPA-Mandatsreferenz",
			"Skontosperre", "Gesellschaftername", "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer",
			"Postensperre bis", "Bezeichnung SoBil-Sachverhalt", "Kennzeichen SoBil-Buchung", "Festschreibung",
			"Leistungsdatum", "Datum Zuord. Steuerperiode", "Fälligkeit", "Generalumkehr (GU)", "Steuersatz", "Land",
			"Abrechnungsreferenz", "BVV-Position", "EU-Land u. UStID (Ursprung)", "EU-Steuersatz (Ursprung)",
			"Abw. Skontokonto");

	private final BookingRepository bookings;
	private final DatevExportRunRepository runs;
	private final DatevExportBookingRepository taken;
	private final InvoiceProperties properties;
	private final PageFormats formats;
	private final Clock clock;

	DatevExport(BookingRepository bookings, DatevExportRunRepository runs, DatevExportBookingRepository taken,
			InvoiceProperties properties, PageFormats formats, Clock clock) {
		this.bookings = bookings;
		this.runs = runs;
		this.taken = taken;
		this.properties = properties;
		this.formats = formats;
		this.clock = clock;
	}

	/** A file and the name to download it by. */
	record File(String name, byte[] content) {
	}

	/** Nothing posted since the last run: answered with 409 and this message. */
	@ResponseStatus(HttpStatus.CONFLICT)
	static final class NothingToExportException extends RuntimeException {

		NothingToExportException() {
			super("Keine neuen Buchungen: alles Gebuchte ist schon exportiert (nothing new to export)");
		}
	}

	/**
	 * A new run: every posted booking that no run has taken yet, whatever its invoice date (an
	 * invoice posted late is in the next run, and never in two). The run is recorded with its
	 * bookings, so {@link #run(UUID)} gives the same file again.
	 */
	@Transactional
	DatevExportRunEntity newRun(String user) {
		List<BookingEntity> pending = bookings.findNotExported();
		if (pending.isEmpty()) {
			throw new NothingToExportException();
		}
		// the database keeps microseconds at most, the file shows milliseconds: both agree from the start
		DatevExportRunEntity run = new DatevExportRunEntity(runs.maxNumber() + 1,
				clock.instant().truncatedTo(ChronoUnit.MILLIS), user, pending.size());
		run.sha256 = sha256(render(pending, run.createdAt, "Exportlauf " + run.number));
		runs.saveAndFlush(run);
		pending.forEach(booking -> taken.save(new DatevExportBookingEntity(booking.id, run.id)));
		taken.flush();
		return run;
	}

	/** The file of a recorded run, identical to the first download. */
	@Transactional(readOnly = true)
	File run(UUID id) {
		DatevExportRunEntity run = runs.findById(id).orElseThrow(() -> new NoSuchRunException(id));
		byte[] content = render(bookings.findByRun(id), run.createdAt, "Exportlauf " + run.number);
		if (!sha256(content).equals(run.sha256)) {
			throw new IllegalStateException("Exportlauf " + run.number + " lässt sich nicht unverändert wiederholen:"
					+ " eine seiner Buchungen wurde seitdem geändert");
		}
		LocalDate day = LocalDate.ofInstant(run.createdAt, formats.zone());
		return new File(String.format("EXTF_Buchungsstapel_Lauf_%04d_%s.csv", run.number, day.format(DAY)), content);
	}

	@Transactional(readOnly = true)
	List<DatevExportRunEntity> runs() {
		return runs.findTop50ByOrderByNumberDesc();
	}

	@Transactional(readOnly = true)
	int pendingCount() {
		return bookings.findNotExported().size();
	}

	/** The bookings posted from {@code from} to {@code to} (days in the company's time zone), as an EXTF file. */
	@Transactional(readOnly = true)
	File byPostingDate(LocalDate from, LocalDate to) {
		List<BookingEntity> posted = bookings.findByPostedAtGreaterThanEqualAndPostedAtLessThanOrderByInvoiceDateAscIdAsc(
				from.atStartOfDay(formats.zone()).toInstant(), to.plusDays(1).atStartOfDay(formats.zone()).toInstant());
		String label = "Gebucht " + GermanFormat.date(from) + "-" + GermanFormat.date(to);
		return new File("EXTF_Buchungsstapel_gebucht_" + from.format(DAY) + "_" + to.format(DAY) + ".csv",
				render(posted, clock.instant(), label));
	}

	/** Answered with 404. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NoSuchRunException extends RuntimeException {

		NoSuchRunException(UUID id) {
			super("Exportlauf " + id + " gibt es nicht (no such export run)");
		}
	}

	private byte[] render(List<BookingEntity> lines, Instant created, String label) {
		StringBuilder file = new StringBuilder();
		file.append(header(lines, created, label)).append(CRLF);
		file.append(String.join(";", COLUMNS.stream().map(DatevExport::quoted).toList())).append(CRLF);
		for (BookingEntity booking : lines) {
			file.append(line(booking)).append(CRLF);
		}
		return file.toString().getBytes(WINDOWS_1252);
	}

	/** The period in the header spans the invoice dates of the lines (DATEV reads DDMM document dates in it). */
	private String header(List<BookingEntity> lines, Instant created, String label) {
		LocalDate today = LocalDate.ofInstant(created, formats.zone());
		LocalDate from = lines.stream().map(booking -> booking.invoiceDate).min(LocalDate::compareTo).orElse(today);
		LocalDate to = lines.stream().map(booking -> booking.invoiceDate).max(LocalDate::compareTo).orElse(today);
		InvoiceProperties.Datev datev = properties.datev();
		LocalDate fiscalYearStart = LocalDate.of(from.getMonthValue() >= datev.fiscalYearStartMonth() ? from.getYear()
				: from.getYear() - 1, datev.fiscalYearStartMonth(), 1);
		List<String> fields = new ArrayList<>(Arrays.asList(quoted("EXTF"), "700", "21", quoted("Buchungsstapel"), "13",
				LocalDateTime.ofInstant(created, formats.zone()).format(CREATED), "", quoted("RE"), quoted("kmu-flow"),
				quoted(""), Integer.toString(datev.consultantNumber()), Integer.toString(datev.clientNumber()),
				fiscalYearStart.format(DAY), Integer.toString(datev.accountLength()), from.format(DAY), to.format(DAY),
				quoted(label), quoted(""), "1", "0", "0", quoted("EUR"), "",
				quoted(""), "", "", quoted("03"), "", "", quoted(""), quoted("")));
		return String.join(";", fields);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String line(BookingEntity booking) {
		String[] values = new String[COLUMNS.size()];
		Arrays.fill(values, "");
		values[0] = amount(booking.amount.abs());
		// an incoming invoice debits the expense account; a credit note credits it
		values[1] = quoted(booking.amount.signum() < 0 ? "H" : "S");
		values[2] = quoted(booking.currency);
		values[6] = booking.expenseAccount;
		values[7] = booking.creditorAccount;
		values[8] = booking.taxKey == null ? "" : quoted(booking.taxKey);
		values[9] = booking.invoiceDate.format(BELEGDATUM);
		values[10] = quoted(belegfeld(booking.invoiceNumber));
		values[11] = quoted(booking.dueDate == null ? "" : booking.dueDate.format(DUE));
		values[13] = quoted(booking.bookingText == null ? "" : booking.bookingText);
		values[36] = quoted(booking.costCentre == null ? "" : booking.costCentre);
		return String.join(";", values);
	}

	/**
	 * Belegfeld 1 allows 36 characters of a restricted set. Its set has no apostrophe, so a leading
	 * sign that would start a spreadsheet formula is dropped instead.
	 */
	private static String belegfeld(String invoiceNumber) {
		if (invoiceNumber == null) {
			return "";
		}
		String cleaned = invoiceNumber.replaceAll("[^A-Za-z0-9$&%*+\\-/]", "").replaceFirst("^[+-]+", "");
		return cleaned.length() > 36 ? cleaned.substring(0, 36) : cleaned;
	}

	private static String amount(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** A text field; one a spreadsheet would take for a formula is neutralised (amounts are not text). */
	private static String quoted(String text) {
		return "\"" + SafeText.spreadsheetText(text).replace("\"", "\"\"") + "\"";
	}
}
