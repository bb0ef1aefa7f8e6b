package de.kmuflow.invoice.internal;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DATEV export runs over REST: a new run takes everything posted and not yet exported; every run
 * can be downloaded again, identically. The invoices page's button starts a run the same way.
 */
@RestController
class DatevExportController {

	private final DatevExport datev;

	DatevExportController(DatevExport datev) {
		this.datev = datev;
	}

	record Run(UUID id, int number, Instant createdAt, String createdBy, int bookingCount, String sha256,
			String download) {

		static Run of(DatevExportRunEntity run) {
			return new Run(run.id, run.number, run.createdAt, run.createdBy, run.bookingCount, run.sha256,
					"/api/exports/datev/runs/" + run.id);
		}
	}

	@PostMapping("/api/exports/datev/runs")
	ResponseEntity<Run> newRun(Principal user) {
		Run run = Run.of(datev.newRun(user.getName()));
		return ResponseEntity.created(URI.create(run.download())).body(run);
	}

	@GetMapping("/api/exports/datev/runs")
	List<Run> runs() {
		return datev.runs().stream().map(Run::of).toList();
	}

	@GetMapping("/api/exports/datev/runs/{id}")
	ResponseEntity<byte[]> run(@PathVariable UUID id) {
		return download(datev.run(id));
	}

	@ExceptionHandler(DatevExport.NothingToExportException.class)
	ResponseEntity<Map<String, String>> nothingNew(DatevExport.NothingToExportException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(DatevExport.NoSuchRunException.class)
	ResponseEntity<Map<String, String>> noSuchRun(DatevExport.NoSuchRunException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
	}

	static ResponseEntity<byte[]> download(DatevExport.File file) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", DatevExport.WINDOWS_1252))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(file.content());
	}
}
