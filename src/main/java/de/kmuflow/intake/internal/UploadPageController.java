package de.kmuflow.intake.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;

/** The upload page: several files at once, dropped or chosen, with progress; it posts to the REST API. */
@Controller
class UploadPageController {

	private final DataSize maxFileSize;

	UploadPageController(@Value("${kmuflow.upload.max-file-size}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@GetMapping("/invoices/upload")
	String upload(Model model) {
		model.addAttribute("maxFileMegabytes", maxFileSize.toMegabytes());
		return "upload";
	}
}
