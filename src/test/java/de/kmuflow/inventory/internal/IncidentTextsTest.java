package de.kmuflow.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;

import de.kmuflow.platform.Incidents;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Incident texts from the shared helper: in German, what failed and what to do. */
class IncidentTextsTest {

	@Test
	void aMailServerThatIsDownIsNamedWithWhatToDo() throws IOException {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(closedPort());
		PurchaseOrderMailer mailer = new PurchaseOrderMailer(sender,
				new InventoryProperties(null, null, null, null, null, null));
		PurchaseOrderEntity order = new PurchaseOrderEntity("PO-2026-00042", "Schrauben Schulz", "bestellung@schulz.example",
				Instant.now());

		assertThatThrownBy(() -> mailer.send(order, null)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Bestellung PO-2026-00042 an bestellung@schulz.example nicht gesendet")
			.hasMessageContaining("der Mailserver localhost:" + sender.getPort() + " ist nicht erreichbar")
			.hasMessageContaining("Was tun: Mailserver und Zugangsdaten prüfen");
	}

	@Test
	void anUnreadableOriginalSaysWhereToLook() {
		ProcessEngineException incident = Incidents.documentUnreadable("Der Originalbeleg 42",
				new IllegalStateException("wrapped", new java.nio.file.NoSuchFileException("/data/documents/ab/cd")));

		assertThat(incident.getMessage()).contains("Der Originalbeleg 42 kann nicht aus der Belegablage gelesen werden",
				"NoSuchFileException: /data/documents/ab/cd", "Was tun:", "KMUFLOW_DATA_DIR");
	}

	/** A port nobody listens on: taken from the system, then closed again. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
