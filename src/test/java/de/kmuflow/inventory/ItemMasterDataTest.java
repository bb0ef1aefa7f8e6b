package de.kmuflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.WebClient;
import de.kmuflow.testsupport.ModuleProcesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An item's master data: created once, changed only by purchasing with a separate update, and
 * every change recorded with who, when, old and new value.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, extraIncludes = "platform")
@ActiveProfiles("test")
@TestPropertySource(properties = ModuleProcesses.INVENTORY)
class ItemMasterDataTest {

	private static final String ITEM = """
			{"sku":"%s","name":"Kopierpapier A4","unit":"Pkt","onHand":20,"reorderPoint":5,"reorderQuantity":40,
			 "supplierName":"Büro Meier","supplierEmail":"bestellung@meier.example","unitPrice":%s,"leadTimeDays":2}
			""";

	@LocalServerPort
	int port;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;
	private String sku;

	@BeforeEach
	void newItem() {
		web = new WebClient(port);
		sku = "M-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = web.postJson("/api/inventory/items", ITEM.formatted(sku, "1200.00"), "paula",
				"paula");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@Test
	void anExistingSkuIsNotOverwritten() throws IOException {
		HttpResponse<String> again = web.postJson("/api/inventory/items", ITEM.formatted(sku, "1.00"), "paula", "paula");

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(json.readTree(again.body()).get("error").asText()).isEqualTo("Artikel " + sku
				+ " gibt es schon. Preis, Lieferant und Bestellwerte ändert der Einkauf mit PUT /api/inventory/items/"
				+ sku + ".");
		assertThat(item().get("unitPrice").decimalValue()).isEqualByComparingTo("1200");
		assertThat(changes()).isEmpty();
	}

	@Test
	void theWarehouseCannotChangeThePriceOrCreateItems() throws IOException {
		// below the 1,000 EUR approval limit, an order for it would no longer need purchasing's approval
		HttpResponse<String> cheaper = web.putJson("/api/inventory/items/" + sku, ITEM.formatted(sku, "9.99"), "lars",
				"lars");
		assertThat(cheaper.statusCode()).isEqualTo(403);
		assertThat(cheaper.body()).contains("Dafür fehlt Ihnen die Berechtigung.");
		assertThat(web.postJson("/api/inventory/items", ITEM.formatted("L-" + sku, "1.00"), "lars", "lars").statusCode())
			.isEqualTo(403);
		assertThat(web.postJson("/api/inventory/items", ITEM.formatted(sku, "1.00"), "lars", "lars").statusCode())
			.isEqualTo(403);

		assertThat(item().get("unitPrice").decimalValue()).isEqualByComparingTo("1200");
		assertThat(changes()).isEmpty();
		// the warehouse still reads items and books stock
		assertThat(web.get("/api/inventory/items/" + sku, "lars", "lars").statusCode()).isEqualTo(200);
	}

	@Test
	void purchasingChangesMasterDataAndEveryChangeIsRecorded() throws IOException {
		String changed = ITEM.formatted(sku, "1150.50")
			.replace("Büro Meier", "Papier Schulz")
			.replace("\"onHand\":20", "\"onHand\":999");
		HttpResponse<String> update = web.putJson("/api/inventory/items/" + sku, changed, "paula", "paula");

		assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
		JsonNode item = item();
		assertThat(item.get("unitPrice").decimalValue()).isEqualByComparingTo("1150.50");
		assertThat(item.get("supplierName").asText()).isEqualTo("Papier Schulz");
		// stock changes only by movements
		assertThat(item.get("onHand").decimalValue()).isEqualByComparingTo("20");

		JsonNode changes = changes();
		assertThat(changes).hasSize(2);
		assertThat(changes.findValuesAsText("field")).containsExactly("supplierName", "unitPrice");
		JsonNode price = changes.get(1);
		assertThat(price.get("oldValue").asText()).isEqualTo("1200");
		assertThat(price.get("newValue").asText()).isEqualTo("1150.5");
		assertThat(price.get("changedBy").asText()).isEqualTo("paula");
		assertThat(price.get("changedAt").asText()).isNotBlank();
		assertThat(changes.get(0).get("oldValue").asText()).isEqualTo("Büro Meier");

		// the same data again changes nothing and records nothing
		assertThat(web.putJson("/api/inventory/items/" + sku, changed, "paula", "paula").statusCode()).isEqualTo(200);
		assertThat(changes()).hasSize(2);
	}

	@Test
	void anUpdateCannotRenameTheItem() {
		HttpResponse<String> renamed = web.putJson("/api/inventory/items/" + sku, ITEM.formatted("X-" + sku, "5"),
				"paula", "paula");
		assertThat(renamed.statusCode()).isEqualTo(400);
		assertThat(renamed.body()).contains("Die Artikelnummer (sku) lässt sich nicht ändern");
	}

	private JsonNode item() throws IOException {
		return json.readTree(web.get("/api/inventory/items/" + sku, "paula", "paula").body());
	}

	private JsonNode changes() throws IOException {
		HttpResponse<String> changes = web.get("/api/inventory/items/" + sku + "/changes", "paula", "paula");
		assertThat(changes.statusCode()).isEqualTo(200);
		return json.readTree(changes.body());
	}
}
