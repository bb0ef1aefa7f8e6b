package de.kmuflow.intake.internal.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mail read from the mailbox, and what came of it. */
@Entity
@Table(name = "intake_mail")
public class ImportedMail {

	@Id
	private UUID id;

	@Column(name = "message_key", nullable = false, updatable = false)
	private String messageKey;

	private String sender;

	private String subject;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "processed_at", nullable = false)
	private Instant processedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailOutcome outcome;

	@Column(nullable = false)
	private int invoices;

	private String note;

	protected ImportedMail() {
	}

	ImportedMail(String messageKey, String sender, String subject, Instant sentAt, Instant processedAt,
			MailOutcome outcome, int invoices, String note) {
		this.id = UUID.randomUUID();
		this.messageKey = truncate(messageKey, 1000);
		this.sender = truncate(sender, 500);
		this.subject = truncate(subject, 1000);
		this.sentAt = sentAt;
		this.processedAt = processedAt;
		this.outcome = outcome;
		this.invoices = invoices;
		this.note = truncate(note, 4000);
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	public String getSender() {
		return sender;
	}

	public String getSubject() {
		return subject;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getProcessedAt() {
		return processedAt;
	}

	public MailOutcome getOutcome() {
		return outcome;
	}

	public int getInvoices() {
		return invoices;
	}

	public String getNote() {
		return note;
	}

	String getMessageKey() {
		return messageKey;
	}
}
