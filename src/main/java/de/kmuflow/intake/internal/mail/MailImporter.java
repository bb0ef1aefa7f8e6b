package de.kmuflow.intake.internal.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceReceipt;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns one mail into invoices: each attachment of an invoice type is submitted with source MAIL
 * and the mail's sender and subject as its origin; a ZUGFeRD PDF and its XML become one invoice.
 * What came of the mail is recorded, keyed by its Message-ID, so it is never imported twice.
 */
@Service
class MailImporter {

	static final String USER = "mail-import";

	private static final Logger log = LoggerFactory.getLogger(MailImporter.class);

	private final Intake intake;
	private final DocumentStore documents;
	private final ImportedMailRepository mails;
	private final Clock clock;
	private final MailAttachments attachments = new MailAttachments();

	MailImporter(Intake intake, DocumentStore documents, ImportedMailRepository mails, Clock clock) {
		this.intake = intake;
		this.documents = documents;
		this.mails = mails;
		this.clock = clock;
	}

	/** Imports the mail, or names what came of it the first time when it was read before. */
	MailOutcome importMail(MimeMessage mail) throws MessagingException, IOException {
		String key = keyOf(mail);
		Optional<ImportedMail> before = mails.findFirstByMessageKey(key);
		if (before.isPresent()) {
			// read before, but not moved away (the move failed, or the poll was cut off)
			return before.get().getOutcome();
		}
		String sender = senderOf(mail);
		String subject = mail.getSubject();
		String origin = "From: " + sender + " / Subject: " + (subject == null ? "" : subject);
		List<MailAttachment> all = attachments.of(mail);
		List<MailAttachment> usable = all.stream().filter(MailAttachment::isInvoiceType).toList();
		List<String> notes = new ArrayList<>();
		all.forEach(attachment -> attachment.refusal()
			.ifPresent(reason -> notes.add(attachment.name() + ": keine Rechnung, " + reason)));
		int invoices = 0;
		for (OneInvoicePerBill.Choice choice : OneInvoicePerBill.choose(usable)) {
			MailAttachment attachment = choice.attachment();
			if (!choice.isInvoice()) {
				documents.store(attachment.content(), attachment.mediaType(), attachment.name(), DocumentSource.MAIL,
						StoredDocument.companionOrigin(origin, choice.companionOf().name()), USER);
				notes.add(attachment.name() + ": dieselbe E-Rechnung wie " + choice.companionOf().name()
						+ ", aufbewahrt ohne zweite Rechnung");
				continue;
			}
			try {
				InvoiceReceipt receipt = intake.submit(attachment.content(), attachment.name(), DocumentSource.MAIL,
						origin, USER);
				invoices++;
				if (receipt.duplicateOf() != null) {
					notes.add(attachment.name() + ": schon eingegangen als Rechnung " + receipt.duplicateOf());
				}
			}
			catch (Intake.RefusedDocumentException e) {
				notes.add(e.getMessage());
			}
		}
		MailOutcome outcome = invoices > 0 ? MailOutcome.IMPORTED : MailOutcome.REJECTED;
		if (all.isEmpty()) {
			notes.add("Die Mail hat keinen Anhang (no attachment).");
		}
		else if (usable.isEmpty()) {
			notes.add("Kein Anhang ist eine Rechnung im Format PDF, Bild oder E-Rechnung (no invoice attachment).");
		}
		String note = notes.isEmpty() ? null : String.join("\n", notes);
		mails.save(new ImportedMail(key, sender, subject, mail.getSentDate() == null ? null
				: mail.getSentDate().toInstant(), clock.instant(), outcome, invoices, note));
		if (outcome == MailOutcome.REJECTED) {
			log.warn("Mail from {} ('{}') has no usable invoice and goes to the rejected folder: {}", sender, subject,
					note);
		}
		else {
			log.info("Mail from {} ('{}'): {} invoice(s) submitted", sender, subject, invoices);
		}
		return outcome;
	}

	private static String senderOf(MimeMessage mail) throws MessagingException {
		Address[] from = mail.getFrom();
		if (from == null || from.length == 0) {
			return "unbekannt";
		}
		if (from[0] instanceof InternetAddress address) {
			// as a person reads it: the name unquoted, then the address
			return address.getPersonal() == null ? address.getAddress()
					: address.getPersonal() + " <" + address.getAddress() + ">";
		}
		return from[0].toString();
	}

	/** The Message-ID; a mail without one is known by its sender, subject and date. */
	static String keyOf(MimeMessage mail) throws MessagingException {
		String id = mail.getMessageID();
		if (id != null && !id.isBlank()) {
			return id.strip();
		}
		String identity = senderOf(mail) + "|" + mail.getSubject() + "|" + mail.getSentDate();
		try {
			return "no-id:" + HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
