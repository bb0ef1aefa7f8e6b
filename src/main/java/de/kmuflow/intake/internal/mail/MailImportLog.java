package de.kmuflow.intake.internal.mail;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The latest mails read from the invoice mailbox, for the imports page and the API. */
@Service
public class MailImportLog {

	private final ImportedMailRepository mails;

	MailImportLog(ImportedMailRepository mails) {
		this.mails = mails;
	}

	@Transactional(readOnly = true)
	public List<ImportedMail> recent() {
		return mails.findTop50ByOrderByProcessedAtDesc();
	}
}
