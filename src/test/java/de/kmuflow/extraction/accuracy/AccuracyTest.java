package de.kmuflow.extraction.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import de.kmuflow.extraction.accuracy.ExpectedInvoice.Category;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps extraction from getting worse: e-invoices must agree completely, text PDFs and scans at
 * least as well as recorded in accuracy-floors.properties (raised as the readers improve, never lowered).
 */
class AccuracyTest {

	private static AccuracyReport report;
	private static final Properties floors = new Properties();

	@BeforeAll
	static void measure() throws IOException {
		report = AccuracyReport.measure(ExpectedInvoices.all());
		try (InputStream in = AccuracyTest.class.getResourceAsStream("/accuracy-floors.properties")) {
			floors.load(in);
		}
		System.out.println(report.toMarkdown());
	}

	@Test
	void eInvoicesAgreeCompletely() {
		assertThat(report.agreement(Category.E_INVOICE)).as(String.join("\n", report.mismatches())).isEqualTo(1.0);
	}

	@Test
	void textPdfAndScanCoreFieldsStayAboveTheirFloors() {
		SoftAssertions soft = new SoftAssertions();
		for (Category category : new Category[] { Category.TEXT_PDF, Category.SCAN, Category.PHOTO }) {
			for (String field : AccuracyReport.CORE_FIELDS) {
				String floor = floors.getProperty(category.name() + "." + field);
				if (floor == null) {
					continue;
				}
				soft.assertThat(report.agreement(category, field)).as(category + " " + field)
					.isGreaterThanOrEqualTo(Double.parseDouble(floor));
			}
		}
		soft.assertAll();
	}

	@Test
	void everyFloorIsRecordedForTextPdfsAndScans() {
		for (Category category : new Category[] { Category.TEXT_PDF, Category.SCAN }) {
			for (String field : AccuracyReport.CORE_FIELDS) {
				assertThat(floors).containsKey(category.name() + "." + field);
			}
		}
	}
}
