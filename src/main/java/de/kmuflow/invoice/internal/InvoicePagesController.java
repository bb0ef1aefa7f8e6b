package de.kmuflow.invoice.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.PageFormats;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invoices page (list with filter) and one invoice's page (document beside its fields and history). */
@Controller
class InvoicePagesController {

	private final InvoiceViews views;
	private final HistoryService history;
	private final PageFormats formats;
	private final DatevExport datev;

	InvoicePagesController(InvoiceViews views, HistoryService history, PageFormats formats, DatevExport datev) {
		this.views = views;
		this.history = history;
		this.formats = formats;
		this.datev = datev;
	}

	@GetMapping("/invoices")
	String list(@RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) String q,
			Model model) {
		String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<ObjectNode> invoices = views.list().stream()
			.filter(invoice -> status == null || status.name().equals(invoice.path("status").asText()))
			.filter(invoice -> query.isEmpty() || (invoice.path("sellerName").asText() + " "
					+ invoice.path("invoiceNumber").asText()).toLowerCase(Locale.ROOT).contains(query))
			.limit(500)
			.toList();
		model.addAttribute("invoices", invoices);
		model.addAttribute("statuses", InvoiceStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		LocalDate today = LocalDate.now(formats.zone());
		model.addAttribute("exportFrom", today.withDayOfMonth(1));
		model.addAttribute("exportTo", today);
		model.addAttribute("exportRuns", datev.runs().stream().map(DatevExportController.Run::of).toList());
		model.addAttribute("pendingBookings", datev.pendingCount());
		return "invoices";
	}

	/** The page's DATEV button: a new export run, then back to the list where it can be downloaded. */
	@PostMapping("/invoices/datev-exports")
	String newExportRun(Principal user, RedirectAttributes redirect) {
		try {
			DatevExportRunEntity run = datev.newRun(user.getName());
			redirect.addFlashAttribute("exportRun", run.number);
			redirect.addFlashAttribute("exportRunId", run.id);
			redirect.addFlashAttribute("exportRunCount", run.bookingCount);
		}
		catch (DatevExport.NothingToExportException e) {
			redirect.addFlashAttribute("exportNothing", true);
		}
		return "redirect:/invoices";
	}

	@GetMapping("/invoices/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ObjectNode invoice = views.detail(id);
		model.addAttribute("invoice", invoice);
		model.addAttribute("step", currentStep(invoice.path("processInstanceId").asText(null)));
		String mediaType = invoice.path("document").path("mediaType").asText("");
		model.addAttribute("documentIsImage", mediaType.startsWith("image/") && !mediaType.equals("image/tiff"));
		model.addAttribute("documentIsPdf", mediaType.equals("application/pdf"));
		String kind = invoice.path("kind").asText("");
		model.addAttribute("isEInvoice", kind.startsWith("XRECHNUNG") || kind.equals("ZUGFERD"));
		return "invoice";
	}

	/** The name of the step the invoice's process is at now, or null when it has ended. */
	private String currentStep(String processInstanceId) {
		if (processInstanceId == null) {
			return null;
		}
		return history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.unfinished()
			.list()
			.stream()
			.map(HistoricActivityInstance::getActivityName)
			.filter(name -> name != null)
			.findFirst()
			.orElse(null);
	}
}
