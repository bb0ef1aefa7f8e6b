package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * DATEV by posting: each run takes what was posted since the last one, whatever the invoice date, so
 * an invoice posted late is in the next run and never in two; a run downloads again byte for byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatevExportRunsTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	BookingRepository bookings;

	@Autowired
	DocumentStore documents;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void exportWhatOtherTestsPosted() {
		web = new WebClient(port);
		web.postJson("/api/exports/datev/runs", "{}", "clara", "clara");
	}

	@Test
	void aLatePostingIsInTheNextRunAndNeverInTwo() throws IOException {
		// given an invoice of 10 March, posted now
		String march = posted("RUN-A-" + suffix(), LocalDate.of(2026, 3, 10));

		// when accounting exports what is new
		HttpResponse<String> first = web.postJson("/api/exports/datev/runs", "{}", "clara", "clara");

		// then the run holds it
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode firstRun = json.readTree(first.body());
		assertThat(firstRun.get("bookingCount").asInt()).isEqualTo(1);
		String firstFile = download(firstRun);
		assertThat(firstFile).contains("\"" + march + "\"");
		assertThat(firstFile.split("\r\n")[0]).contains(";20260310;20260310;");

		// given an invoice of 5 March posted only afterwards (a month the first run covered)
		String late = posted("RUN-B-" + suffix(), LocalDate.of(2026, 3, 5));

		// when the next run is made
		HttpResponse<String> second = web.postJson("/api/exports/datev/runs", "{}", "clara", "clara");

		// then it holds the late one alone, numbered after the first
		assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
		JsonNode secondRun = json.readTree(second.body());
		assertThat(secondRun.get("number").asInt()).isEqualTo(firstRun.get("number").asInt() + 1);
		String secondFile = download(secondRun);
		assertThat(secondFile).contains("\"" + late + "\"").doesNotContain(march);

		// and a third run finds nothing new: a clear German answer, no empty file
		HttpResponse<String> third = web.postJson("/api/exports/datev/runs", "{}", "clara", "clara");
		assertThat(third.statusCode()).isEqualTo(409);
		assertThat(third.body()).contains("Keine neuen Buchungen");

		// and the first run downloads again identically, under the same name
		HttpResponse<byte[]> again = web.getBytes(firstRun.get("download").asText(), "clara", "clara");
		HttpResponse<byte[]> once = web.getBytes(firstRun.get("download").asText(), "clara", "clara");
		assertThat(Arrays.equals(again.body(), once.body())).isTrue();
		assertThat(new String(again.body(), WINDOWS_1252)).isEqualTo(firstFile);
		assertThat(again.headers().firstValue("Content-Disposition"))
			.isEqualTo(once.headers().firstValue("Content-Disposition"));
		assertThat(again.headers().firstValue("Content-Disposition").orElseThrow())
			.matches(".*EXTF_Buchungsstapel_Lauf_\\d{4}_\\d{8}\\.csv.*");

		// and the runs are listed, newest first
		JsonNode runs = json.readTree(web.get("/api/exports/datev/runs", "clara", "clara").body());
		assertThat(runs.get(0).get("id").asText()).isEqualTo(secondRun.get("id").asText());
	}

	@Test
	void aRangeByPostingDateHoldsWhatWasPostedThenWhateverItsInvoiceDate() {
		String old = posted("RANGE-" + suffix(), LocalDate.of(2025, 11, 28));
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
		String yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1).toString();

		String postedToday = new String(web.getBytes("/api/exports/datev?from=" + today + "&to=" + today, "clara", "clara")
			.body(), WINDOWS_1252);
		String postedYesterday = new String(web.getBytes("/api/exports/datev?from=" + yesterday + "&to=" + yesterday,
				"clara", "clara").body(), WINDOWS_1252);

		assertThat(postedToday).contains("\"" + old + "\"");
		assertThat(postedYesterday).doesNotContain(old);
	}

	@Test
	void anUnknownRunIsA404AndWarehouseMayNotExport() {
		assertThat(web.getBytes("/api/exports/datev/runs/" + UUID.randomUUID(), "clara", "clara").statusCode())
			.isEqualTo(404);
		assertThat(web.postJson("/api/exports/datev/runs", "{}", "lars", "lars").statusCode()).isEqualTo(403);
	}

	private String download(JsonNode run) {
		HttpResponse<byte[]> file = web.getBytes(run.get("download").asText(), "clara", "clara");
		assertThat(file.statusCode()).isEqualTo(200);
		return new String(file.body(), WINDOWS_1252);
	}

	/** An invoice with its booking, as posting leaves it; returns its number. */
	private String posted(String number, LocalDate invoiceDate) {
		UUID documentId = documents.store(("Beleg " + number).getBytes(StandardCharsets.UTF_8), "application/pdf",
				number + ".pdf", DocumentSource.API, "test", "clara").document().id();
		InvoiceEntity invoice = new InvoiceEntity(documentId, "clara", Instant.now());
		invoice.status = InvoiceStatus.POSTED;
		invoice.invoiceNumber = number;
		invoice.issueDate = invoiceDate;
		invoice.grossTotal = new BigDecimal("119.00");
		invoices.saveAndFlush(invoice);
		BookingEntity booking = new BookingEntity(invoice.id, Instant.now());
		booking.supplierName = "Testlieferant";
		booking.creditorAccount = "70001";
		booking.expenseAccount = "4980";
		booking.amount = invoice.grossTotal;
		booking.currency = "EUR";
		booking.invoiceNumber = number;
		booking.invoiceDate = invoiceDate;
		booking.bookingText = "RE " + number;
		booking.archived = true;
		booking.postedBy = "clara";
		bookings.saveAndFlush(booking);
		return number;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
