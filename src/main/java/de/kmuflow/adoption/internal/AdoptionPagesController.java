package de.kmuflow.adoption.internal;

import java.security.Principal;
import java.time.LocalDate;

import de.kmuflow.adoption.internal.TrendViews.NewMeasure;
import de.kmuflow.adoption.internal.TrendViews.TrendChange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard (charts drawn in the browser from the API, tables from here) and a trend's page,
 * where management edits the trend's row and its measures.
 */
@Controller
class AdoptionPagesController {

	private final TrendService trends;
	private final AdoptionFigures figures;
	private final HistoryCollector collector;
	private final AdoptionDrillDown drillDown;
	private final CyberSelfChecks cyberChecks;

	AdoptionPagesController(TrendService trends, AdoptionFigures figures, HistoryCollector collector,
			AdoptionDrillDown drillDown, CyberSelfChecks cyberChecks) {
		this.trends = trends;
		this.figures = figures;
		this.collector = collector;
		this.drillDown = drillDown;
		this.cyberChecks = cyberChecks;
	}

	@GetMapping("/adoption")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		collector.collect();
		Period period = Period.orDefault(from, to, trends.today());
		model.addAttribute("period", period);
		model.addAttribute("trends", trends.trends(period.from(), period.to()));
		model.addAttribute("overdue", trends.measures(true));
		model.addAttribute("saved", figures.timeSaved(period.from(), period.to(), GroupBy.PROCESS));
		model.addAttribute("invoices", figures.invoices(period.from(), period.to()));
		var latest = cyberChecks.latest();
		model.addAttribute("cyber", latest);
		model.addAttribute("cyberReport", latest.map(check -> cyberChecks.report(check.id())).orElse(null));
		return "adoption";
	}

	/** The steps behind a time-saved figure: filtered by process, step, trend or month of the dashboard. */
	@GetMapping("/adoption/steps")
	String steps(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String process, @RequestParam(required = false) String activity,
			@RequestParam(required = false) String trend, @RequestParam(required = false) String month, Model model) {
		collector.collect();
		Period period = Period.orDefault(from, to, trends.today());
		var steps = drillDown.steps(period.from(), period.to(),
				new AdoptionDrillDown.StepFilter(process, activity, trend, month));
		model.addAttribute("period", period);
		model.addAttribute("steps", steps);
		model.addAttribute("savedSeconds", steps.stream().mapToLong(AdoptionDrillDown.Step::savedSeconds).sum());
		model.addAttribute("counted", steps.stream().filter(AdoptionDrillDown.Step::counted).count());
		model.addAttribute("limit", AdoptionDrillDown.LIMIT);
		return "adoption-steps";
	}

	/** The invoices behind an invoice figure: finished, untouched (no person) or posted. */
	@GetMapping("/adoption/invoices")
	String invoices(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String which, Model model) {
		collector.collect();
		Period period = Period.orDefault(from, to, trends.today());
		AdoptionDrillDown.InvoiceSet set = AdoptionDrillDown.InvoiceSet.parse(which);
		model.addAttribute("period", period);
		model.addAttribute("which", set);
		model.addAttribute("invoices", drillDown.invoices(period.from(), period.to(), set));
		model.addAttribute("limit", AdoptionDrillDown.LIMIT);
		return "adoption-invoices";
	}

	/** A trend's page; its figures for the dashboard's period when it is given. */
	@GetMapping("/adoption/trends/{id}")
	String trend(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Period period = Period.orDefault(from, to, trends.today());
		model.addAttribute("period", period);
		model.addAttribute("trend", trends.trend(id, period.from(), period.to()));
		model.addAttribute("statuses", MeasureStatus.values());
		return "adoption-trend";
	}

	@PostMapping("/adoption/trends/{id}")
	String changeTrend(@PathVariable String id, TrendChange change, Principal user, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> trends.changeTrend(id, change, user.getName()));
	}

	@PostMapping("/adoption/trends/{id}/measures")
	String addMeasure(@PathVariable String id, @RequestParam String title, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
			Principal user, RedirectAttributes redirect) {
		return attempt(id, redirect,
				() -> trends.addMeasure(id, new NewMeasure(title, owner, targetDate, null, null, null), user.getName()));
	}

	@PostMapping("/adoption/trends/{id}/measures/{measureId}")
	String changeMeasure(@PathVariable String id, @PathVariable long measureId, @RequestParam String title,
			@RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
			@RequestParam MeasureStatus status, @RequestParam int progress, @RequestParam(required = false) String notes,
			Principal user, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> trends.changeMeasure(measureId,
				new MeasureChange(title, owner == null ? "" : owner, targetDate, status, progress,
						notes == null ? "" : notes, null),
				user.getName()));
	}

	private static String attempt(String trendId, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/adoption/trends/" + trendId;
	}
}
