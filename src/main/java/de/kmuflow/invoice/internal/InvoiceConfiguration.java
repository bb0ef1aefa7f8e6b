package de.kmuflow.invoice.internal;

import java.util.Set;

import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.platform.ProcessContract;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvoiceProperties.class)
class InvoiceConfiguration {

	/** The ids this module's code refers to; a deployed model of the invoice process keeps them. */
	@Bean
	static ProcessContract invoiceIntakeContract() {
		return new ProcessContract(InvoiceIntakeProcess.KEY,
				ProcessContract.constantsOf(InvoiceIntakeProcess.Elements.class), Set.of(),
				Set.of(InvoiceIntakeProcess.DECISION_KEY));
	}
}
