package de.kmuflow.invoice.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.platform.Groups;
import de.kmuflow.platform.internal.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The invoice API's answers, on the web layer alone with kmu-flow's security: 401 without a login,
 * 403 for a group that may not read invoices, 404 for an unknown invoice and 400 for bad input, each
 * with its German sentence. What lies behind the controller is stubbed: the status codes are the subject.
 */
@WebMvcTest(InvoiceApiController.class)
@ApiSlice
class InvoiceApiControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InvoiceViews views;

	@MockitoBean
	DocumentStore documents;

	@MockitoBean
	DatevExport datev;

	@Test
	void withoutLoginAProgramIsAskedForOne() throws Exception {
		mvc.perform(get("/api/invoices"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic realm=\"kmu-flow\"")));
		verifyNoInteractions(views);
	}

	@Test
	@WithMockUser(username = "lars", authorities = ApiSlice.GROUP + Groups.WAREHOUSE)
	void theWarehouseMayNotReadInvoices() throws Exception {
		mvc.perform(get("/api/invoices/" + UUID.randomUUID()))
			.andExpect(status().isForbidden())
			.andExpect(status().reason(ApiSlice.NOT_ALLOWED));
		verifyNoInteractions(views);
	}

	@Test
	@WithMockUser(username = "clara", authorities = ApiSlice.GROUP + Groups.ACCOUNTING)
	void anUnknownInvoiceIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		given(views.detail(id)).willThrow(new InvoiceViews.InvoiceNotFoundException(id));
		mvc.perform(get("/api/invoices/" + id))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("Rechnung " + id + " gibt es nicht (no such invoice)"));
	}

	@Test
	@WithMockUser(username = "clara", authorities = ApiSlice.GROUP + Groups.ACCOUNTING)
	void anIdThatIsNoUuidIsABadRequest() throws Exception {
		mvc.perform(get("/api/invoices/RE-4711"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", startsWith("Ungültige Angabe")));
		verifyNoInteractions(views);
	}

	@Test
	@WithMockUser(username = "clara", authorities = ApiSlice.GROUP + Groups.ACCOUNTING)
	void anExportEndingBeforeItStartsIsABadRequest() throws Exception {
		mvc.perform(get("/api/exports/datev").param("from", "2026-03-01").param("to", "2026-02-28"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", startsWith("'to' liegt vor 'from'")));
		mvc.perform(get("/api/exports/datev").param("from", "2026-03-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", startsWith("Ungültige Angabe")));
		verifyNoInteractions(datev);
	}
}
