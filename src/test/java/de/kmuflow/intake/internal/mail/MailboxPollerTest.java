package de.kmuflow.intake.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.kmuflow.extraction.EmbeddedEInvoice;
import de.kmuflow.intake.TestDocuments;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The invoice mailbox against a real IMAP server (GreenMail): a mail with a PDF, one with a
 * ZUGFeRD PDF and its XML, one without attachment. Each poll is a new poller on the same
 * mailbox and database, as after a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MailboxPollerTest {

	private static final String ADDRESS = "rechnung@kmu.example";
	private static final String LOGIN = "rechnung";
	private static final String PASSWORD = "geheim";

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

	@Autowired
	MailImporter importer;

	@Autowired
	MailImportLog log;

	@Autowired
	JdbcTemplate jdbc;

	private GreenMailUser mailbox;
	private String tag;

	@BeforeEach
	void mailbox() {
		mailbox = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void twoInvoicesFromThreeMailsAndNothingTwice() throws Exception {
		// given three mails: a PDF invoice, a ZUGFeRD PDF with its XML attached once more, and a question
		byte[] zugferd = TestDocuments.zugferdPdf("ZF-" + tag);
		byte[] itsXml = EmbeddedEInvoice.xmlOf(zugferd).orElseThrow();
		mailbox.deliver(mail("Büro Muster <buchhaltung@muster.example>", "Rechnung 4711 " + tag,
				attachment("rechnung-4711.pdf", TestDocuments.textPdf("PDF-" + tag), "application/pdf")));
		mailbox.deliver(mail("Lieferant <rechnung@lieferant.example>", "Ihre E-Rechnung " + tag,
				attachment("RE-ZF.pdf", zugferd, "application/pdf"), attachment("factur-x.xml", itsXml, "text/xml")));
		mailbox.deliver(mail("Kunde <frage@kunde.example>", "Frage zur Lieferung " + tag));

		// when the mailbox is polled
		MailboxPoller.PollResult first = poller().poll();

		// then two invoices came in by mail, and the question was set aside and reported
		assertThat(first).isEqualTo(new MailboxPoller.PollResult(3, 2, 1, 0));
		assertThat(mailInvoices()).isEqualTo(2);
		assertThat(jdbc.queryForList("select origin from document where source = 'MAIL' and origin like ?", String.class,
				"%" + tag + "%"))
			.hasSize(3) // the XML is kept as received, without an invoice of its own
			.contains("From: Büro Muster <buchhaltung@muster.example> / Subject: Rechnung 4711 " + tag,
					"From: Lieferant <rechnung@lieferant.example> / Subject: Ihre E-Rechnung " + tag);
		assertThat(jdbc.queryForObject("""
				select count(*) from invoice i join document d on d.id = i.document_id
				where d.origin like ? and d.media_type = 'application/pdf'""", Long.class, "%Ihre E-Rechnung " + tag))
			.isEqualTo(1);
		assertThat(count("INBOX")).isZero();
		assertThat(count("kmuflow-processed")).isEqualTo(2);
		assertThat(count("kmuflow-rejected")).isEqualTo(1);
		assertThat(log.recent())
			.anySatisfy(mail -> {
				assertThat(mail.getSubject()).isEqualTo("Frage zur Lieferung " + tag);
				assertThat(mail.getOutcome()).isEqualTo(MailOutcome.REJECTED);
				assertThat(mail.getNote()).contains("keinen Anhang");
			})
			.anySatisfy(mail -> {
				assertThat(mail.getSubject()).isEqualTo("Ihre E-Rechnung " + tag);
				assertThat(mail.getInvoices()).isEqualTo(1);
				assertThat(mail.getNote()).contains("factur-x.xml: dieselbe E-Rechnung wie RE-ZF.pdf");
			});

		// when polled again after a restart, nothing is read twice
		assertThat(poller().poll()).isEqualTo(new MailboxPoller.PollResult(0, 0, 0, 0));

		// and a processed mail that finds its way back into the inbox (a move that failed) makes no second invoice
		copy("kmuflow-processed", "INBOX");
		assertThat(poller().poll().imported()).isEqualTo(2);
		assertThat(mailInvoices()).isEqualTo(2);
		assertThat(count("INBOX")).isZero();
	}

	@Test
	void anXmlThatIsAnotherBillStaysAnInvoiceOfItsOwn() throws Exception {
		byte[] zugferd = TestDocuments.zugferdPdf("ZF-A-" + tag);
		byte[] otherBill = EmbeddedEInvoice.xmlOf(TestDocuments.zugferdPdf("ZF-B-" + tag)).orElseThrow();
		mailbox.deliver(mail("Lieferant <rechnung@lieferant.example>", "Zwei Rechnungen " + tag,
				attachment("RE-A.pdf", zugferd, "application/pdf"), attachment("RE-B.xml", otherBill, "application/xml")));

		assertThat(poller().poll()).isEqualTo(new MailboxPoller.PollResult(1, 1, 0, 0));
		assertThat(mailInvoices()).isEqualTo(2);
	}

	@Test
	void webPagesAndSvgAreListedAsRefusedWithTheirReason() throws Exception {
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		mailbox.deliver(mail("Angreifer <rechnung@angreifer.example>", "Ihre Rechnung " + tag,
				attachment("rechnung.pdf", html, "application/pdf"), attachment("logo.svg", svg, "image/svg+xml")));

		assertThat(poller().poll()).isEqualTo(new MailboxPoller.PollResult(1, 0, 1, 0));
		assertThat(mailInvoices()).isZero();
		assertThat(log.recent()).anySatisfy(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Ihre Rechnung " + tag);
			assertThat(mail.getOutcome()).isEqualTo(MailOutcome.REJECTED);
			assertThat(mail.getNote()).contains("rechnung.pdf: keine Rechnung, Webseiten", "text/html",
					"logo.svg: keine Rechnung, Webseiten", "image/svg+xml");
		});
	}

	private long mailInvoices() {
		return jdbc.queryForObject("""
				select count(*) from invoice i join document d on d.id = i.document_id
				where d.source = 'MAIL' and d.origin like ?""", Long.class, "%" + tag + "%");
	}

	private MailboxPoller poller() {
		MailboxProperties properties = new MailboxProperties(true, "127.0.0.1", greenMail.getImap().getPort(), false,
				false, LOGIN, PASSWORD, null, null, null, null, null, null, Duration.ofSeconds(10));
		return new MailboxPoller(properties, importer);
	}

	private MimeMessage mail(String from, String subject, MimeBodyPart... attachments) throws MessagingException {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
		message.setSubject(subject, "UTF-8");
		MimeMultipart content = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Guten Tag,\nanbei unsere Rechnung.\nMit freundlichen Grüßen", "UTF-8");
		content.addBodyPart(text);
		for (MimeBodyPart attachment : attachments) {
			content.addBodyPart(attachment);
		}
		message.setContent(content);
		message.saveChanges();
		return message;
	}

	private static MimeBodyPart attachment(String name, byte[] content, String type) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
		part.setFileName(name);
		part.setDisposition(MimeBodyPart.ATTACHMENT);
		return part;
	}

	private int count(String folderName) throws MessagingException {
		try (Store store = store()) {
			Folder folder = store.getFolder(folderName);
			if (!folder.exists()) {
				return 0;
			}
			folder.open(Folder.READ_ONLY);
			int count = (int) java.util.Arrays.stream(folder.getMessages()).filter(message -> {
				try {
					return !message.isSet(jakarta.mail.Flags.Flag.DELETED);
				}
				catch (MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).count();
			folder.close(false);
			return count;
		}
	}

	private void copy(String from, String to) throws MessagingException {
		try (Store store = store()) {
			Folder source = store.getFolder(from);
			source.open(Folder.READ_ONLY);
			source.copyMessages(source.getMessages(), store.getFolder(to));
			source.close(false);
		}
	}

	private Store store() throws MessagingException {
		Store store = Session.getInstance(new Properties()).getStore("imap");
		store.connect("127.0.0.1", greenMail.getImap().getPort(), LOGIN, PASSWORD);
		return store;
	}
}
