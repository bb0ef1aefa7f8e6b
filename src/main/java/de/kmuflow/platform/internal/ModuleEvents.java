package de.kmuflow.platform.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Events between modules. A listener runs after the publisher's commit on a thread of its own; the
 * publication is stored in the same transaction as the publisher's change (table
 * {@code event_publication}) and marked complete only when its listener succeeded.
 * <p>
 * What is left incomplete (the listener failed, or the node died) is delivered again: on start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) and, because with several
 * nodes the one that died need not come back, by every node for publications older than
 * {@code kmuflow.events.resubmit-after}. A publication may thus reach its listener twice (a node
 * restarting while another works on it): every listener is idempotent instead of the nodes
 * coordinating. Completed publications are deleted after {@code kmuflow.events.keep-completed}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(ModuleEvents.Properties.class)
class ModuleEvents {

	private static final Logger log = LoggerFactory.getLogger(ModuleEvents.class);

	private final IncompleteEventPublications incomplete;
	private final CompletedEventPublications completed;
	private final Properties properties;

	ModuleEvents(IncompleteEventPublications incomplete, CompletedEventPublications completed, Properties properties) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.properties = properties;
	}

	/**
	 * @param resubmitAfter an incomplete publication this old is delivered again (longer than any listener runs)
	 * @param keepCompleted how long completed publications stay for inspection
	 */
	@ConfigurationProperties("kmuflow.events")
	record Properties(Duration resubmitAfter, Duration keepCompleted) {

		Properties {
			resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(10) : resubmitAfter;
			keepCompleted = keepCompleted == null ? Duration.ofDays(7) : keepCompleted;
		}
	}

	@Scheduled(initialDelayString = "${kmuflow.events.check-every:PT5M}",
			fixedDelayString = "${kmuflow.events.check-every:PT5M}")
	void resubmitStaleAndForgetOld() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
			completed.deletePublicationsOlderThan(properties.keepCompleted());
		}
		catch (RuntimeException e) {
			log.warn("Delivering stale module events again failed; next try in {}", properties.resubmitAfter(), e);
		}
	}
}
