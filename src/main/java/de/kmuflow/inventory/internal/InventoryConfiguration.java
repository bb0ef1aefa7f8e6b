package de.kmuflow.inventory.internal;

import de.kmuflow.inventory.InventoryReorderProcess;
import de.kmuflow.platform.ProcessContract;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InventoryProperties.class)
@EnableScheduling
class InventoryConfiguration {

	/** The ids and messages this module's code refers to; a deployed model of the reorder process keeps them. */
	@Bean
	static ProcessContract inventoryReorderContract() {
		return new ProcessContract(InventoryReorderProcess.KEY,
				ProcessContract.constantsOf(InventoryReorderProcess.Elements.class),
				ProcessContract.constantsOf(InventoryReorderProcess.Messages.class));
	}
}
