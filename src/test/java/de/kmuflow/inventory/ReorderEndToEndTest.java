package de.kmuflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.kmuflow.platform.ProcessJobs;
import de.kmuflow.platform.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Stock and reorders on the real application: one reorder for many simultaneous movements, the
 * order mail at a real SMTP server, and the way from low stock to an invoice approved by the
 * three-way match and posted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReorderEndToEndTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@Test
	void fiftySimultaneousMovementsStartOneReorder() throws Exception {
		String sku = newItem("55", "10", "5.00");
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Callable<Integer>> movements = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			movements.add(() -> web.postJson("/api/inventory/movements",
					"{\"sku\":\"" + sku + "\",\"quantity\":-1,\"type\":\"ISSUE\",\"reason\":\"Verkauf\"}", "lars", "lars")
				.statusCode());
		}
		List<Integer> answers = new ArrayList<>();
		for (Future<Integer> answer : pool.invokeAll(movements)) {
			answers.add(answer.get());
		}
		pool.shutdown();

		assertThat(answers).hasSize(50).containsOnly(201);
		assertThat(item(sku).get("onHand").decimalValue()).isEqualByComparingTo("5");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InventoryReorderProcess.KEY)
			.processInstanceBusinessKey(sku).count()).isEqualTo(1);
	}

	@Test
	void stockCannotGoNegativeExceptByCorrection() throws IOException {
		String sku = newItem("3", "1", "5.00");
		HttpResponse<String> tooMuch = web.postJson("/api/inventory/movements",
				"{\"sku\":\"" + sku + "\",\"quantity\":-5,\"type\":\"ISSUE\"}", "lars", "lars");
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(json.readTree(tooMuch.body()).get("error").asText()).contains("Nicht genug Bestand");
		assertThat(web.postJson("/api/inventory/movements",
				"{\"sku\":\"" + sku + "\",\"quantity\":-5,\"type\":\"CORRECTION\",\"reason\":\"Inventur\"}", "lars",
				"lars").statusCode()).isEqualTo(201);
		assertThat(item(sku).get("onHand").decimalValue()).isEqualByComparingTo("-2");
	}

	@Test
	void lowStockIsOrderedReceivedAndItsInvoiceApprovedByTheThreeWayMatch() throws Exception {
		// given an item at 3.00 EUR whose reorder quantity of 100 costs 300.00 EUR (below the approval limit)
		String sku = newItem("20", "10", "3.00");
		String reorder = reorderByIssuing(sku);

		// the supplier gets the order by mail
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("bestellung@lieferant.example");
		String body = received[0].getContent().toString();
		JsonNode order = purchaseOrderOf(sku);
		String number = order.get("number").asText();
		assertThat(received[0].getSubject()).isEqualTo("Bestellung " + number);
		assertThat(body).contains(number, sku, "Testschrauben", "100 Stk", "3,00 €", "300,00 €", "Lieferanschrift");
		assertThat(order.get("status").asText()).isEqualTo("SENT");

		// the warehouse reports the delivery and confirms all of it
		assertThat(web.postJson("/api/inventory/purchase-orders/" + number + "/arrivals", "{}", "lars", "lars")
			.statusCode()).isEqualTo(200);
		Task receipt = tasks.createTaskQuery().processInstanceId(reorder).singleResult();
		assertThat(web.postJson("/engine-rest/task/" + receipt.getId() + "/complete",
				"{\"variables\":{\"receivedQuantity\":{\"value\":\"100\"}}}", "lars", "lars").statusCode()).isEqualTo(204);
		assertThat(item(sku).get("onHand").decimalValue()).isEqualByComparingTo("105");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(reorder).count()).isZero();

		// when the supplier's e-invoice naming the order arrives
		String invoiceId = uploadInvoiceFor(sku, number);

		// then it is approved without an approver and posted
		JsonNode invoice = json.readTree(web.get("/api/invoices/" + invoiceId, "clara", "clara").body());
		assertThat(invoice.get("purchaseOrderReference").asText()).isEqualTo(number);
		assertThat(invoice.get("status").asText()).as(invoice.toString()).isEqualTo("POSTED");
		assertThat(invoice.get("approvedBy").asText()).isEqualTo("system");
		assertThat(invoice.get("history").toString()).contains("automatisch freigegeben", number);
		// and its posting was announced to the adoption ledger, which took it (the delivery is complete)
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication where event_type like '%InvoicePosted'
				and listener_id like '%PostedInvoiceLedger%' and serialized_event like ?
				and completion_date is not null""", Long.class, "%" + invoiceId + "%") == 1);
	}

	@Test
	void anInvoiceWaitingForItsGoodsIsCheckedAgainWhenTheyArrive() throws Exception {
		// given an order sent to the supplier
		String sku = newItem("20", "10", "3.00");
		String reorder = reorderByIssuing(sku);
		String number = purchaseOrderOf(sku).get("number").asText();

		// and its invoice, arrived before the goods: the three-way match cannot agree yet, a person looks at it
		String invoiceId = uploadInvoiceFor(sku, number);
		JsonNode waiting = json.readTree(web.get("/api/invoices/" + invoiceId, "clara", "clara").body());
		assertThat(waiting.get("status").asText()).as(waiting.toString()).isIn("IN_REVIEW", "AWAITING_APPROVAL");
		assertThat(waiting.get("findings").toString()).contains("noch nicht vollständig eingegangen");
		String processInstanceId = waiting.get("processInstanceId").asText();

		// when the goods arrive and are booked
		web.postJson("/api/inventory/purchase-orders/" + number + "/arrivals", "{}", "lars", "lars");
		Task receipt = tasks.createTaskQuery().processInstanceId(reorder).singleResult();
		assertThat(web.postJson("/engine-rest/task/" + receipt.getId() + "/complete",
				"{\"variables\":{\"receivedQuantity\":{\"value\":\"100\"}}}", "lars", "lars").statusCode()).isEqualTo(204);

		// then the waiting invoice is checked again (the event is delivered after the booking's commit)
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode invoice = json.readTree(web.get("/api/invoices/" + invoiceId, "clara", "clara").body());
			assertThat(invoice.get("findings").toString()).contains("Wareneingang 300,00 €", "innerhalb der Toleranz")
				.doesNotContain("noch nicht vollständig eingegangen");
			assertThat(invoice.get("history").toString()).contains("\"field\":\"orderMatch\"", "\"by\":\"system\"");
		});
		// and the clerk's open task shows the new state: its form's values as Tasklist fetches them
		Task open = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		JsonNode form = json.readTree(web.get("/engine-rest/task/" + open.getId() + "/form-variables", "clara", "clara").body());
		assertThat(form.path("findingsText").path("value").asText()).contains("innerhalb der Toleranz");
	}

	/** Takes 15 out of stock: below the reorder point, the order goes to the supplier. */
	private String reorderByIssuing(String sku) {
		web.postJson("/api/inventory/movements", "{\"sku\":\"" + sku + "\",\"quantity\":-15,\"type\":\"ISSUE\"}", "lars",
				"lars");
		String reorder = runtime.createProcessInstanceQuery().processInstanceBusinessKey(sku).singleResult().getId();
		runJobs(reorder);
		return reorder;
	}

	private String uploadInvoiceFor(String sku, String orderNumber) throws IOException {
		String xml = Files.readString(Path.of("sample-invoices/xrechnung-ubl-01.20a.xml"))
			.replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>RE-" + sku + "</cbc:ID>")
			.replace("Bestellung XRechnung", orderNumber)
			.replace("2021-01-25", LocalDate.now().toString())
			.replace("2021-02-04", LocalDate.now().plusDays(10).toString())
			// the test suite's placeholder VAT ID has no valid check digit
			.replace("DE123456789", "DE812345673");
		HttpResponse<String> upload = web.postFiles("/api/invoices", Map.of("rechnung.xml", xml.getBytes()), "clara",
				"clara");
		String invoiceId = json.readTree(upload.body()).get("id").asText();
		runJobs(json.readTree(web.get("/api/invoices/" + invoiceId, "clara", "clara").body()).get("processInstanceId")
			.asText());
		return invoiceId;
	}

	private String newItem(String onHand, String reorderPoint, String unitPrice) throws IOException {
		String sku = "T-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = web.postJson("/api/inventory/items", """
				{"sku":"%s","name":"Testschrauben","unit":"Stk","onHand":%s,"reorderPoint":%s,"reorderQuantity":100,
				 "supplierName":"Lieferant %s","supplierEmail":"bestellung@lieferant.example","unitPrice":%s,"leadTimeDays":3}
				""".formatted(sku, onHand, reorderPoint, sku, unitPrice), "paula", "paula");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return sku;
	}

	private JsonNode item(String sku) throws IOException {
		return json.readTree(web.get("/api/inventory/items/" + sku, "paula", "paula").body());
	}

	private JsonNode purchaseOrderOf(String sku) throws IOException {
		for (JsonNode order : json.readTree(web.get("/api/inventory/purchase-orders", "paula", "paula").body())) {
			if (order.get("lines").get(0).get("sku").asText().equals(sku)) {
				return order;
			}
		}
		throw new AssertionError("no purchase order for " + sku);
	}

	private void runJobs(String processInstanceId) {
		ProcessJobs.runAll(management, processInstanceId);
	}
}
