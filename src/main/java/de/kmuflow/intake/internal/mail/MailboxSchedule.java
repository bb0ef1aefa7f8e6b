package de.kmuflow.intake.internal.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the invoice mailbox every {@code kmuflow.intake.mail.poll-interval}, only when it is enabled. */
@Component
@ConditionalOnProperty(prefix = "kmuflow.intake.mail", name = "enabled", havingValue = "true")
class MailboxSchedule {

	private static final Logger log = LoggerFactory.getLogger(MailboxSchedule.class);

	private final MailboxPoller poller;

	MailboxSchedule(MailboxPoller poller) {
		this.poller = poller;
	}

	@Scheduled(fixedDelayString = "${kmuflow.intake.mail.poll-interval:PT5M}",
			initialDelayString = "${kmuflow.intake.mail.initial-delay:PT30S}")
	void pollMailbox() {
		try {
			MailboxPoller.PollResult result = poller.poll();
			if (result.mails() > 0) {
				log.info("Mailbox: {} mail(s), {} imported, {} rejected, {} failed", result.mails(), result.imported(),
						result.rejected(), result.failed());
			}
		}
		catch (Exception e) {
			log.error("Mailbox could not be read", e);
		}
	}
}
