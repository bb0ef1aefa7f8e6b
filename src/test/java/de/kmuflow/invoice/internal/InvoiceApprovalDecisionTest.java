package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.kmuflow.invoice.InvoiceIntakeProcess;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The approval table answers every case of Camunda's own invoice example as that example does,
 * and adds kmu-flow's categories with the groups' amount limits.
 */
class InvoiceApprovalDecisionTest {

	private static DmnEngine dmn;
	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream model = Files.newInputStream(Path.of("processes/invoice-approval.dmn"))) {
			decision = dmn.parseDecision(InvoiceIntakeProcess.DECISION_KEY, model);
		}
	}

	@ParameterizedTest(name = "{1} {0} EUR -> {2}")
	@CsvSource(delimiter = ';', value = {
			// Camunda's invoice example
			"30; Misc; accounting,sales",
			"249.99; Misc; accounting,sales",
			"250; Misc; management",
			"1000; Misc; management",
			"1000.01; Misc; management",
			"10000; Misc; management",
			"5; Travel Expenses; accounting,sales",
			"50000; Travel Expenses; accounting,sales",
			"5; Software License Costs; management",
			"90000; Software License Costs; management",
			// kmu-flow's categories: purchasing approves goods up to its limit, accounting office supplies
			"5000; Wareneinkauf; purchasing",
			"5000.01; Wareneinkauf; management",
			"500; Bürobedarf; accounting",
			"500.01; Bürobedarf; management" })
	void approverGroups(double amount, String category, String groups) {
		List<Object> approvers = dmn
			.evaluateDecision(decision, Map.of("amount", amount, "invoiceCategory", category))
			.collectEntries("approverGroups");

		assertThat(approvers).containsExactlyInAnyOrder((Object[]) groups.split(","));
	}
}
