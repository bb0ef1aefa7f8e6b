package de.kmuflow.intake.internal;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceReceipt;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/invoices} with one or more files in the field {@code file}. Each is stored and
 * becomes an invoice (201); a file received before names its invoice (200); a refused file gets a
 * 4xx with the reason. Several files answer with a list, one per file.
 */
@RestController
class UploadApiController {

	private final Intake intake;

	UploadApiController(Intake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/api/invoices", consumes = "multipart/form-data")
	ResponseEntity<?> upload(@RequestParam("file") List<MultipartFile> files, Principal principal,
			HttpServletRequest request) throws IOException {
		// a browser page sends the session; programs send their credentials with each request
		DocumentSource source = request.getHeader(HttpHeaders.AUTHORIZATION) != null ? DocumentSource.API
				: DocumentSource.UPLOAD;
		List<UploadResult> results = new ArrayList<>();
		for (MultipartFile file : files) {
			results.add(submit(file, source, principal.getName()));
		}
		if (results.size() == 1) {
			UploadResult result = results.get(0);
			ResponseEntity.BodyBuilder response = ResponseEntity.status(result.httpStatus());
			if (result.id() != null) {
				response.location(URI.create("/api/invoices/" + result.id()));
			}
			return response.body(result);
		}
		boolean anyCreated = results.stream().anyMatch(result -> result.httpStatus() == 201);
		boolean allRefused = results.stream().allMatch(result -> result.id() == null);
		return ResponseEntity.status(anyCreated ? HttpStatus.CREATED : allRefused ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.body(results);
	}

	private UploadResult submit(MultipartFile file, DocumentSource source, String user) throws IOException {
		try {
			InvoiceReceipt receipt = intake.submit(file.getBytes(), file.getOriginalFilename(), source, null, user);
			return UploadResult.of(file.getOriginalFilename(), receipt);
		}
		catch (Intake.RefusedDocumentException e) {
			return UploadResult.refused(file.getOriginalFilename(), e.getMessage(), e.tooLarge() ? 413 : 415);
		}
	}

	/** One file's answer: {@code id, status, duplicateOf} as in the contract, or {@code error}. */
	record UploadResult(String file, String id, String status, String duplicateOf, String location, String error,
			@com.fasterxml.jackson.annotation.JsonIgnore int httpStatus) {

		static UploadResult of(String file, InvoiceReceipt receipt) {
			return new UploadResult(file, receipt.id().toString(), receipt.status().name(),
					receipt.duplicateOf() == null ? null : receipt.duplicateOf().toString(),
					"/api/invoices/" + receipt.id(), null, receipt.duplicateOf() == null ? 201 : 200);
		}

		static UploadResult refused(String file, String error, int status) {
			return new UploadResult(file, null, null, null, null, error, status);
		}
	}
}
