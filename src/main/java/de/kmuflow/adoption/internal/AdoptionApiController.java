package de.kmuflow.adoption.internal;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import de.kmuflow.adoption.internal.TrendViews.MeasureView;
import de.kmuflow.adoption.internal.TrendViews.NewMeasure;
import de.kmuflow.adoption.internal.TrendViews.TrendChange;
import de.kmuflow.adoption.internal.TrendViews.TrendView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/adoption}: trends with scores and shares, measures, the time saved grouped as asked,
 * invoice lead times, and CSV exports. Reading first adds any new history to the ledger, so the
 * figures are current to the moment.
 */
@RestController
@RequestMapping("/api/adoption")
class AdoptionApiController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final TrendService trends;
	private final AdoptionFigures figures;
	private final HistoryCollector collector;
	private final AdoptionDrillDown drillDown;
	private final CyberSelfChecks cyberChecks;

	AdoptionApiController(TrendService trends, AdoptionFigures figures, HistoryCollector collector,
			AdoptionDrillDown drillDown, CyberSelfChecks cyberChecks) {
		this.trends = trends;
		this.figures = figures;
		this.collector = collector;
		this.drillDown = drillDown;
		this.cyberChecks = cyberChecks;
	}

	/** Every cyber self-check, oldest first: score and traffic light over time. */
	@GetMapping("/cyber-checks")
	List<CyberSelfChecks.Summary> cyberChecks() {
		return cyberChecks.history();
	}

	@GetMapping("/cyber-checks/{id}")
	CyberSelfChecks.Report cyberCheck(@PathVariable long id) {
		return cyberChecks.report(id);
	}

	@GetMapping("/cyber-checks/{id}.csv")
	ResponseEntity<String> cyberCheckCsv(@PathVariable long id) {
		CyberSelfChecks.Report report = cyberChecks.report(id);
		return csv("cyber-selbstcheck_" + id + "_" + report.check().answeredOn() + ".csv", AdoptionCsv.cyberCheck(report));
	}

	@GetMapping("/trends")
	List<TrendView> trends(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		collector.collect();
		Period period = period(from, to);
		return trends.trends(period.from(), period.to());
	}

	@GetMapping("/trends.csv")
	ResponseEntity<String> trendsCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		collector.collect();
		Period period = period(from, to);
		return csv("trends_" + period.from() + "_" + period.to() + ".csv",
				AdoptionCsv.trends(trends.trends(period.from(), period.to()), period));
	}

	@PutMapping("/trends/{id}")
	TrendView changeTrend(@PathVariable String id, @RequestBody TrendChange change, Principal user) {
		trends.changeTrend(id, change, user.getName());
		Period period = period(null, null);
		return trends.trend(id, period.from(), period.to());
	}

	@PostMapping("/trends/{id}/measures")
	ResponseEntity<MeasureView> addMeasure(@PathVariable String id, @RequestBody MeasureJson measure, Principal user) {
		MeasureView added = trends.addMeasure(id, new NewMeasure(measure.title(), measure.owner(), measure.targetDate(),
				status(measure.status()), measure.progress(), measure.notes()), user.getName());
		return ResponseEntity.created(URI.create("/api/adoption/measures/" + added.id())).body(added);
	}

	@GetMapping("/measures")
	List<MeasureView> measures(@RequestParam(defaultValue = "false") boolean overdue) {
		return trends.measures(overdue);
	}

	@PutMapping("/measures/{id}")
	MeasureView changeMeasure(@PathVariable long id, @RequestBody MeasureJson change, Principal user) {
		return trends.changeMeasure(id, new MeasureChange(change.title(), change.owner(), change.targetDate(),
				status(change.status()), change.progress(), change.notes(), null), user.getName());
	}

	@GetMapping("/time-saved")
	TimeSavedReport timeSaved(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String groupBy) {
		collector.collect();
		Period period = period(from, to);
		return figures.timeSaved(period.from(), period.to(), GroupBy.parse(groupBy));
	}

	@GetMapping("/time-saved.csv")
	ResponseEntity<String> timeSavedCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String groupBy) {
		TimeSavedReport report = timeSaved(from, to, groupBy);
		return csv("zeitersparnis_" + report.groupBy().name().toLowerCase() + "_" + report.from() + "_" + report.to()
				+ ".csv", AdoptionCsv.timeSaved(report));
	}

	@GetMapping("/invoices")
	InvoiceFigures invoices(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		collector.collect();
		Period period = period(from, to);
		return figures.invoices(period.from(), period.to());
	}

	/** The steps behind a time-saved figure, those that saved nothing with the reason. */
	@GetMapping("/steps")
	List<AdoptionDrillDown.Step> steps(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String process, @RequestParam(required = false) String activity,
			@RequestParam(required = false) String trend, @RequestParam(required = false) String month) {
		collector.collect();
		Period period = period(from, to);
		return drillDown.steps(period.from(), period.to(), new AdoptionDrillDown.StepFilter(process, activity, trend, month));
	}

	/** The invoices behind the invoice figures: {@code which=finished|untouched|posted}. */
	@GetMapping("/invoices/list")
	List<AdoptionDrillDown.Invoice> invoiceList(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String which) {
		collector.collect();
		Period period = period(from, to);
		return drillDown.invoices(period.from(), period.to(), AdoptionDrillDown.InvoiceSet.parse(which));
	}

	/** A measure as sent: status in German or English words; nulls leave values unchanged. */
	record MeasureJson(String title, String owner, LocalDate targetDate, String status, Integer progress,
			String notes) {
	}

	private Period period(LocalDate from, LocalDate to) {
		return Period.orDefault(from, to, trends.today());
	}

	private static MeasureStatus status(String word) {
		if (word == null) {
			return null;
		}
		return MeasureStatus.parse(word).orElseThrow(() -> new IllegalArgumentException(
				"Unbekannter Status '" + word + "': geplant, in Arbeit, erledigt oder verworfen"));
	}

	private static ResponseEntity<String> csv(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}
}
