package de.kmuflow.adoption.internal;

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
}
