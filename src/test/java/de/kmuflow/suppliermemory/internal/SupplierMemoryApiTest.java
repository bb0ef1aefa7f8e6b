package de.kmuflow.suppliermemory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.invoice.InvoiceCorrected;
import de.kmuflow.platform.WebClient;
import de.kmuflow.suppliermemory.internal.SupplierInvoices.Invoice;
import de.kmuflow.suppliermemory.internal.SupplierInvoices.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The memory learns from the corrections the invoice module publishes, once they are saved; a clerk
 * of accounting sees what was learned over REST and on the page and undoes it; nobody else may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupplierMemoryApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DocumentStore documents;

	@Autowired
	InvoiceExtractor extractor;

	@Autowired
	SupplierMemoryService memory;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void forgetAll() {
		memory.all().forEach(learned -> memory.forget(learned.id, "test"));
	}

	@Test
	void learnsFromSavedCorrectionsAndAccountingSeesAndUndoesIt() throws Exception {
		Supplier supplier = SupplierMemoryTest.suppliers().get(0);
		Invoice first = SupplierInvoices.invoice(supplier, 1);
		Invoice second = SupplierInvoices.invoice(supplier, 2);
		UUID document = documents.store(first.pdf(), "application/pdf", "kramer-1.pdf", DocumentSource.UPLOAD, null,
				"clara").document().id();
		ExtractedInvoice generic = extractor.extract(second.pdf());
		assertThat(generic.invoiceNumber()).isNotEqualTo(second.truth().get("invoiceNumber"));

		// when the review is saved with two corrections
		var identity = new InvoiceCorrected.Supplier(supplier.vatId(), supplier.iban(), supplier.name());
		transaction.executeWithoutResult(status -> {
			events.publishEvent(new InvoiceCorrected(UUID.randomUUID(), document, identity, "invoiceNumber", null,
					first.truth().get("invoiceNumber"), "clara", Instant.now(), null));
			events.publishEvent(new InvoiceCorrected(UUID.randomUUID(), document, identity, "costCentre", null,
					"KST-100", "clara", Instant.now(), null));
		});

		// then, once the memory has learned on its own thread, the next invoice's number is read by the
		// learned label, and says so
		await().atMost(Duration.ofSeconds(60)).until(() -> memory.all().stream()
			.filter(learned -> supplier.vatId().equals(learned.vatId))
			.anyMatch(learned -> learned.rules.size() == 2));
		ExtractedInvoice read = extractor.extract(second.pdf());
		assertThat(read.invoiceNumber()).isEqualTo(second.truth().get("invoiceNumber"));
		assertThat(read.provenance()).containsEntry("invoiceNumber", "Lieferantengedächtnis");
		assertThat(read.confidence().get("invoiceNumber")).isEqualTo(SupplierMemoryService.MEMORY_CONFIDENCE);

		HttpResponse<String> list = web().get("/api/supplier-memory", "clara", "clara");
		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode learned = null;
		for (JsonNode each : json.readTree(list.body())) {
			if (supplier.vatId().equals(each.get("vatId").asText())) {
				learned = each;
			}
		}
		assertThat(learned).as(list.body()).isNotNull();
		assertThat(learned.get("name").asText()).isEqualTo(supplier.name());
		JsonNode number = rule(learned, "invoiceNumber");
		assertThat(number.get("placement").asText()).isEqualTo("RIGHT_OF_LABEL");
		assertThat(number.get("label").asText()).isEqualTo("vorgang");
		assertThat(number.get("format").asText()).isEqualTo("A-9");
		assertThat(number.get("learnedBy").asText()).isEqualTo("clara");
		assertThat(number.get("learnedFrom").asText()).isEqualTo(document.toString());
		assertThat(rule(learned, "costCentre").get("value").asText()).isEqualTo("KST-100");
		String id = learned.get("id").asText();

		HttpResponse<String> page = web().get("/supplier-memory", "clara", "clara");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Lieferantengedächtnis", supplier.name(), "rechts neben „vorgang“", "KST-100");

		// only accounting (and the administrators) see and undo it
		for (String other : new String[] { "martin", "paula", "lars", "otto" }) {
			assertThat(web().get("/api/supplier-memory", other, other).statusCode()).as(other).isEqualTo(403);
			assertThat(web().delete("/api/supplier-memory/" + id, other, other).statusCode()).as(other).isEqualTo(403);
			assertThat(web().get("/supplier-memory", other, other).statusCode()).as(other).isEqualTo(403);
		}
		assertThat(web().get("/api/supplier-memory", "demo", "demo").statusCode()).isEqualTo(200);

		// undoing one rule: the number is read the generic way again
		HttpResponse<String> forgetRule = web().delete("/api/supplier-memory/" + id + "/rules/" + number.get("id").asText(),
				"clara", "clara");
		assertThat(forgetRule.statusCode()).isEqualTo(204);
		ExtractedInvoice again = extractor.extract(second.pdf());
		assertThat(again.provenance()).doesNotContainKey("invoiceNumber");
		assertThat(again.invoiceNumber()).isEqualTo(generic.invoiceNumber());
		assertThat(memory.bookkeeping(new SupplierIdentity(supplier.vatId(), null, null)))
			.containsEntry("costCentre", "KST-100");
		// without a printed page the supplier is found by VAT ID as written anyhow, or by IBAN alone; by its name
		// alone not, as it is known by its codes
		assertThat(memory.bookkeeping(new SupplierIdentity(" " + supplier.vatId().toLowerCase() + " ", null, null)))
			.containsEntry("costCentre", "KST-100");
		assertThat(learned.get("iban").asText()).isEqualTo(supplier.iban().replace(" ", ""));
		assertThat(memory.bookkeeping(new SupplierIdentity(null, supplier.iban(), supplier.name())))
			.containsEntry("costCentre", "KST-100");
		assertThat(memory.bookkeeping(new SupplierIdentity(null, null, supplier.name().toUpperCase()))).isEmpty();
		// the cost centre goes with the invoice as read, from memory
		assertThat(again.get(InvoiceField.COST_CENTRE)).isEqualTo("KST-100");
		assertThat(again.provenance()).containsEntry("costCentre", "Lieferantengedächtnis");

		// undoing all of the supplier
		assertThat(web().delete("/api/supplier-memory/" + id, "clara", "clara").statusCode()).isEqualTo(204);
		HttpResponse<String> gone = web().get("/api/supplier-memory/" + id, "clara", "clara");
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(json.readTree(gone.body()).get("error").asText()).contains("nichts gelernt");
		assertThat(memory.bookkeeping(new SupplierIdentity(supplier.vatId(), null, null))).isEmpty();
		assertThat(web().get("/api/supplier-memory/kein-schluessel", "clara", "clara").statusCode()).isEqualTo(400);
	}

	/** Each call as a program makes it: HTTP Basic, no session left over from an earlier call. */
	private WebClient web() {
		return new WebClient(port);
	}

	private static JsonNode rule(JsonNode supplier, String field) {
		for (JsonNode rule : supplier.get("rules")) {
			if (rule.get("field").asText().equals(field)) {
				return rule;
			}
		}
		throw new AssertionError("no rule for " + field + " in " + supplier);
	}
}
