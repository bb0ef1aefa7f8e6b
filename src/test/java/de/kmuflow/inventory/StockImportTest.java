package de.kmuflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The stock-level CSV import (Spring Batch) on the real application: counts, skipped rows, the reorder trigger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StockImportTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void goodRowsAreBookedAndBadRowsReportedWithTheirReason() throws IOException {
		WebClient web = new WebClient(port);
		String screws = item(web, "50", "10");
		String nails = item(web, "50", "10");
		String csv = """
				Artikelnummer;Bestand;Meldebestand
				%1$s;40;12
				%2$s;5,5;
				UNBEKANNT-1;3;1
				%1$s;-1;2
				%2$s;viele;1
				""".formatted(screws, nails);

		// purchasing may set reorder points with the counts
		JsonNode report = upload(web, csv, "paula");

		assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(report.get("read").asInt()).isEqualTo(4);
		assertThat(report.get("written").asInt()).isEqualTo(2);
		assertThat(report.get("skipped").asInt()).isEqualTo(3);
		assertThat(report.get("skippedRows").toString()).contains("Zeile 4: Artikel UNBEKANNT-1 ist unbekannt",
				"Zeile 5: Bestand fehlt oder ist negativ", "Zeile 6: Zahl nicht lesbar");
		JsonNode screwItem = json.readTree(web.get("/api/inventory/items/" + screws, "paula", "paula").body());
		assertThat(screwItem.get("onHand").decimalValue()).isEqualByComparingTo("40");
		assertThat(screwItem.get("reorderPoint").decimalValue()).isEqualByComparingTo("12");
		// the nails fell below their reorder point: the import starts their reorder
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(nails).count()).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(screws).count()).isZero();

		// importing the same counts again changes nothing
		JsonNode again = upload(web, csv, "paula");
		assertThat(again.get("written").asInt()).isEqualTo(2);
		JsonNode movements = json.readTree(web.get("/api/inventory/movements?sku=" + nails, "paula", "paula").body());
		assertThat(movements).hasSize(2); // the initial stock and one correction
	}

	@Test
	void theWarehouseImportsCountsButNotReorderPoints() throws IOException {
		WebClient web = new WebClient(port);
		String screws = item(web, "50", "10");
		String nails = item(web, "50", "10");
		String csv = """
				Artikelnummer;Bestand;Meldebestand
				%1$s;40;12
				%2$s;45;10
				""".formatted(screws, nails);

		JsonNode report = upload(web, csv, "lars");

		assertThat(report.get("written").asInt()).isEqualTo(1);
		assertThat(report.get("skippedRows").toString()).contains("Zeile 2: den Meldebestand ändert nur der Einkauf");
		JsonNode screwItem = json.readTree(web.get("/api/inventory/items/" + screws, "lars", "lars").body());
		assertThat(screwItem.get("reorderPoint").decimalValue()).isEqualByComparingTo("10");
		assertThat(screwItem.get("onHand").decimalValue()).isEqualByComparingTo("50");
		// an unchanged reorder point is no change: the count is booked
		JsonNode nailItem = json.readTree(web.get("/api/inventory/items/" + nails, "lars", "lars").body());
		assertThat(nailItem.get("onHand").decimalValue()).isEqualByComparingTo("45");
		assertThat(web.get("/api/inventory/items/" + screws + "/changes", "lars", "lars").body()).isEqualTo("[]");
	}

	@Test
	void reorderPointsSetByImportAreRecorded() throws IOException {
		WebClient web = new WebClient(port);
		String screws = item(web, "50", "10");

		upload(web, "Artikelnummer;Bestand;Meldebestand\n%s;50;15\n".formatted(screws), "paula");

		JsonNode changes = json.readTree(web.get("/api/inventory/items/" + screws + "/changes", "paula", "paula").body());
		assertThat(changes).hasSize(1);
		assertThat(changes.get(0).get("field").asText()).isEqualTo("reorderPoint");
		assertThat(changes.get(0).get("oldValue").asText()).isEqualTo("10");
		assertThat(changes.get(0).get("newValue").asText()).isEqualTo("15");
		assertThat(changes.get(0).get("changedBy").asText()).isEqualTo("paula");
	}

	private JsonNode upload(WebClient web, String csv, String user) throws IOException {
		HttpResponse<String> response = web.postFiles("/api/inventory/stock-imports", Map.of("bestand.csv", csv.getBytes()),
				user, user);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private String item(WebClient web, String onHand, String reorderPoint) {
		String sku = "S-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = web.postJson("/api/inventory/items", """
				{"sku":"%s","name":"Nägel","unit":"Stk","onHand":%s,"reorderPoint":%s,"reorderQuantity":100,
				 "supplierName":"Eisenwaren Kurz","supplierEmail":"kurz@eisen.example","unitPrice":0.05,"leadTimeDays":2}
				""".formatted(sku, onHand, reorderPoint), "paula", "paula");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return sku;
	}
}
