package de.kmuflow.adoption.internal;

import java.util.Set;

import de.kmuflow.adoption.CyberSelfCheckProcess;
import de.kmuflow.adoption.TrendReviewProcess;
import de.kmuflow.platform.ProcessContract;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling: the ledger is filled in the background, so its figures survive Camunda's history cleanup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdoptionProperties.class)
@EnableScheduling
class AdoptionConfiguration {

	/** Named as trend-review.bpmn's timer expression names it. */
	@Bean
	TrendReviewSchedule trendReviewSchedule(AdoptionProperties properties) {
		return new TrendReviewSchedule(properties.trendReviewCron());
	}

	/** Named as cyber-self-check.bpmn's timer expression names it. */
	@Bean
	CronSchedule cyberSelfCheckSchedule(AdoptionProperties properties) {
		return new CronSchedule(properties.cyberSelfCheckCron());
	}


	/** The ids this module's code refers to; a deployed model of the trend review keeps them. */
	@Bean
	static ProcessContract trendReviewContract() {
		return new ProcessContract(TrendReviewProcess.KEY, ProcessContract.constantsOf(TrendReviewProcess.Elements.class),
				Set.of());
	}

	/** The ids and the start message this module's code refers to; a deployed self-check model keeps them. */
	@Bean
	static ProcessContract cyberSelfCheckContract() {
		return new ProcessContract(CyberSelfCheckProcess.KEY,
				ProcessContract.constantsOf(CyberSelfCheckProcess.Elements.class), Set.of(CyberSelfCheckProcess.REQUESTED));
	}
}
