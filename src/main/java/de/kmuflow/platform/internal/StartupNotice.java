package de.kmuflow.platform.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started kmu-flow where to open it and, with the demo accounts, how to log in: the
 * first thing a newcomer after {@code make run} needs.
 */
@Component
class StartupNotice {

	private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

	private final Optional<DemoAccounts> demo;

	StartupNotice(Optional<DemoAccounts> demo) {
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		log.info(text(web.getWebServer().getPort()));
	}

	String text(int port) {
		StringBuilder text = new StringBuilder("\n\n  kmu-flow läuft: http://localhost:").append(port).append('/')
			.append("\n  Tasklist und Cockpit: http://localhost:").append(port).append("/camunda/app/");
		if (demo.isPresent()) {
			text.append("\n  Anmeldung zum Ausprobieren: demo / demo (alle Rechte);")
				.append(" je Rolle clara, martin, paula, lars, otto (Passwort = Name)");
		}
		return text.append('\n').toString();
	}
}
