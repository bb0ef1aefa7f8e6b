package de.kmuflow.intake.internal.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The invoice mailbox ({@code kmuflow.intake.mail.*}), read by IMAP.
 *
 * @param enabled poll on a schedule; off unless configured
 * @param host IMAP server
 * @param port its port (993 with TLS, 143 without)
 * @param tls IMAP over TLS ("imaps") rather than plain IMAP
 * @param starttls upgrade a plain connection with STARTTLS, and insist on it
 * @param user login
 * @param password password
 * @param folder the folder where invoices arrive
 * @param processedFolder where handled mails go, so none is read twice (created when missing)
 * @param rejectedFolder where mails without a usable attachment go, for a person to look at
 * @param pollInterval pause between two polls
 * @param initialDelay first poll after start
 * @param maxMessages mails handled per poll at most, so one poll never runs for hours
 * @param timeout connection and read timeout
 */
@ConfigurationProperties("kmuflow.intake.mail")
record MailboxProperties(boolean enabled, String host, Integer port, Boolean tls, Boolean starttls, String user,
		String password, String folder, String processedFolder, String rejectedFolder, Duration pollInterval,
		Duration initialDelay, Integer maxMessages, Duration timeout) {

	MailboxProperties {
		tls = tls == null || tls;
		starttls = starttls != null && starttls;
		port = port == null ? (tls ? 993 : 143) : port;
		folder = folder == null || folder.isBlank() ? "INBOX" : folder;
		processedFolder = processedFolder == null || processedFolder.isBlank() ? "kmuflow-processed" : processedFolder;
		rejectedFolder = rejectedFolder == null || rejectedFolder.isBlank() ? "kmuflow-rejected" : rejectedFolder;
		pollInterval = pollInterval == null ? Duration.ofMinutes(5) : pollInterval;
		initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
		maxMessages = maxMessages == null || maxMessages < 1 ? 100 : maxMessages;
		timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
	}

	String protocol() {
		return tls ? "imaps" : "imap";
	}
}
