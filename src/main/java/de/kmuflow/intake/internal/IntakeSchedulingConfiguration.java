package de.kmuflow.intake.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The watched folder and the mailbox run on schedules of their own (both off unless configured). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntakeSchedulingConfiguration {
}
