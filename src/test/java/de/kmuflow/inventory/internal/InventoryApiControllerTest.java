package de.kmuflow.inventory.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kmuflow.platform.Groups;
import de.kmuflow.platform.internal.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inventory API's answers, on the web layer alone with kmu-flow's security: 401 without a login,
 * 403 for master data outside purchasing (by the rules and by the service), 404 for an unknown item
 * and 400 for bad input, each with its German sentence. The services behind are stubbed.
 */
@WebMvcTest(InventoryApiController.class)
@ApiSlice
class InventoryApiControllerTest {

	private static final String ITEM = """
			{"sku":"K-1","name":"Kabelbinder","unit":"Pkt","onHand":5,"reorderPoint":2,"reorderQuantity":10,
			 "supplierName":"Büro Meier","supplierEmail":"bestellung@meier.example","unitPrice":1.50,"leadTimeDays":2}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InventoryService inventory;

	@MockitoBean
	ReorderService reorders;

	@Test
	void withoutLoginAProgramIsAskedForOne() throws Exception {
		mvc.perform(get("/api/inventory/items")).andExpect(status().isUnauthorized());
		verifyNoInteractions(inventory);
	}

	@Test
	@WithMockUser(username = "lars", authorities = ApiSlice.GROUP + Groups.WAREHOUSE)
	void theWarehouseMayNotCreateItems() throws Exception {
		mvc.perform(post("/api/inventory/items").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ITEM))
			.andExpect(status().isForbidden())
			.andExpect(status().reason(ApiSlice.NOT_ALLOWED));
		verifyNoInteractions(inventory);
	}

	@Test
	@WithMockUser(username = "paula", authorities = ApiSlice.GROUP + Groups.PURCHASING)
	void masterDataRefusedByTheServiceIsForbiddenWithItsReason() throws Exception {
		given(inventory.update(eq("K-1"), any(), eq("paula"))).willThrow(new InventoryService.MasterDataRefusedException());
		mvc.perform(put("/api/inventory/items/K-1").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ITEM))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("Stammdaten (Preis, Lieferant, Meldebestand, Bestellmenge) ändert nur der Einkauf."));
	}

	@Test
	@WithMockUser(username = "lars", authorities = ApiSlice.GROUP + Groups.WAREHOUSE)
	void anUnknownItemIsNotFound() throws Exception {
		given(inventory.item("NOPE")).willThrow(new InventoryService.NoSuchItemException("NOPE"));
		mvc.perform(get("/api/inventory/items/NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("Artikel NOPE gibt es nicht (no such item)"));
	}

	@Test
	@WithMockUser(username = "lars", authorities = ApiSlice.GROUP + Groups.WAREHOUSE)
	void aMovementWithoutTypeOrWithBrokenJsonIsABadRequest() throws Exception {
		mvc.perform(post("/api/inventory/movements").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sku\":\"K-1\",\"quantity\":3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Art der Bewegung (type) fehlt: RECEIPT, ISSUE oder CORRECTION"));
		mvc.perform(post("/api/inventory/movements").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sku\":\"K-1\",\"quantity\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(ApiSlice.UNREADABLE_BODY));
		verifyNoInteractions(inventory);
	}
}
