package de.kmuflow.intake.internal.mail;

import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Reads the invoice mailbox once: every mail in its folder is imported and then moved, to the
 * processed folder or, without a usable attachment, to the rejected folder. Moving (rather than
 * a flag only a mail client shows) keeps the folder itself the list of what is still to do, also
 * across restarts; nothing is ever deleted.
 */
@Service
@EnableConfigurationProperties(MailboxProperties.class)
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxProperties properties;
	private final MailImporter importer;

	MailboxPoller(MailboxProperties properties, MailImporter importer) {
		this.properties = properties;
		this.importer = importer;
	}

	public boolean isEnabled() {
		return properties.enabled();
	}

	/** What one poll did. */
	public record PollResult(int mails, int imported, int rejected, int failed) {
	}

	/** One poll; polls never overlap, whether from the schedule or a button. */
	public synchronized PollResult poll() throws MessagingException {
		if (!properties.enabled()) {
			throw new IllegalStateException("Das Rechnungspostfach ist nicht eingerichtet (kmuflow.intake.mail.enabled)");
		}
		int imported = 0;
		int rejected = 0;
		int failed = 0;
		int mails = 0;
		try (Store store = connect()) {
			Folder inbox = store.getFolder(properties.folder());
			inbox.open(Folder.READ_WRITE);
			try {
				Folder processed = existing(store, properties.processedFolder());
				Folder rejects = existing(store, properties.rejectedFolder());
				Message[] messages = inbox.getMessages();
				for (int i = 0; i < messages.length && mails < properties.maxMessages(); i++) {
					Message message = messages[i];
					if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
						continue;
					}
					mails++;
					MailOutcome outcome;
					try {
						outcome = importer.importMail((MimeMessage) message);
					}
					catch (Exception e) {
						// left in the folder: the next poll tries it again
						failed++;
						log.error("Mail {} could not be imported", message.getMessageNumber(), e);
						continue;
					}
					try {
						move(store, inbox, message, outcome == MailOutcome.REJECTED ? rejects : processed);
					}
					catch (MessagingException e) {
						// imported and recorded: the next poll recognises it and only moves it
						log.warn("Mail {} was imported but could not be moved", message.getMessageNumber(), e);
					}
					if (outcome == MailOutcome.REJECTED) {
						rejected++;
					}
					else {
						imported++;
					}
				}
			}
			finally {
				inbox.close(true); // expunges what was copied away where the server cannot MOVE
			}
		}
		return new PollResult(mails, imported, rejected, failed);
	}

	private Store connect() throws MessagingException {
		Properties session = new Properties();
		String protocol = properties.protocol();
		String timeout = Long.toString(properties.timeout().toMillis());
		session.put("mail.store.protocol", protocol);
		session.put("mail." + protocol + ".connectiontimeout", timeout);
		session.put("mail." + protocol + ".timeout", timeout);
		// the password goes only to the server the certificate names
		session.put("mail." + protocol + ".ssl.checkserveridentity", "true");
		if (properties.starttls()) {
			session.put("mail." + protocol + ".starttls.enable", "true");
			session.put("mail." + protocol + ".starttls.required", "true");
		}
		Store store = Session.getInstance(session).getStore(protocol);
		store.connect(properties.host(), properties.port(), properties.user(), properties.password());
		return store;
	}

	private static Folder existing(Store store, String name) throws MessagingException {
		Folder folder = store.getFolder(name);
		if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
			throw new MessagingException("IMAP-Ordner " + name + " kann nicht angelegt werden");
		}
		return folder;
	}

	/** MOVE where the server has it; otherwise copy, then mark for expunge, which is IMAP's own way of moving. */
	private static void move(Store store, Folder from, Message message, Folder to) throws MessagingException {
		Message[] one = { message };
		if (from instanceof IMAPFolder imap && store instanceof IMAPStore imapStore && imapStore.hasCapability("MOVE")) {
			imap.moveMessages(one, to);
		}
		else {
			from.copyMessages(one, to);
			message.setFlag(Flags.Flag.DELETED, true);
		}
	}
}
