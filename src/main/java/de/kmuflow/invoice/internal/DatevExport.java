package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
	private final InvoiceProperties properties;
	private final Clock clock;

	DatevExport(BookingRepository bookings, InvoiceProperties properties, Clock clock) {
		this.bookings = bookings;
		this.properties = properties;
		this.clock = clock;
	}

	/** The bookings whose invoice date lies in [from, to], as the bytes of an EXTF file. */
	@Transactional(readOnly = true)
	byte[] export(LocalDate from, LocalDate to) {
		StringBuilder file = new StringBuilder();
		file.append(header(from, to)).append(CRLF);
		file.append(String.join(";", COLUMNS.stream().map(DatevExport::quoted).toList())).append(CRLF);
		for (BookingEntity booking : bookings.findByInvoiceDateBetweenOrderByInvoiceDate(from, to)) {
			file.append(line(booking)).append(CRLF);
		}
		return file.toString().getBytes(WINDOWS_1252);
	}

	static String fileName(LocalDate from, LocalDate to) {
		return "EXTF_Buchungsstapel_" + from.format(DAY) + "_" + to.format(DAY) + ".csv";
	}

	private String header(LocalDate from, LocalDate to) {
		InvoiceProperties.Datev datev = properties.datev();
		LocalDate fiscalYearStart = LocalDate.of(from.getMonthValue() >= datev.fiscalYearStartMonth() ? from.getYear()
				: from.getYear() - 1, datev.fiscalYearStartMonth(), 1);
		List<String> fields = new ArrayList<>(Arrays.asList(quoted("EXTF"), "700", "21", quoted("Buchungsstapel"), "13",
				LocalDateTime.now(clock).format(CREATED), "", quoted("RE"), quoted("kmu-flow"), quoted(""),
				Integer.toString(datev.consultantNumber()), Integer.toString(datev.clientNumber()),
				fiscalYearStart.format(DAY), Integer.toString(datev.accountLength()), from.format(DAY), to.format(DAY),
				quoted("Eingangsrechnungen " + from + " bis " + to), quoted(""), "1", "0", "0", quoted("EUR"), "",
				quoted(""), "", "", quoted("03"), "", "", quoted(""), quoted("")));
		return String.join(";", fields);
	}

	private static String line(BookingEntity booking) {
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

	/** Belegfeld 1 allows 36 characters of a restricted set. */
	private static String belegfeld(String invoiceNumber) {
		if (invoiceNumber == null) {
			return "";
		}
		String cleaned = invoiceNumber.replaceAll("[^A-Za-z0-9$&%*+\\-/]", "");
		return cleaned.length() > 36 ? cleaned.substring(0, 36) : cleaned;
	}

	private static String amount(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
