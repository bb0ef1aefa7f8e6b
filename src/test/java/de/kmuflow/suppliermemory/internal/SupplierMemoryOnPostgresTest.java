package de.kmuflow.suppliermemory.internal;

import de.kmuflow.platform.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The supplier memory on PostgreSQL: its migration, learning from saved corrections, seeing and undoing. */
@ActiveProfiles({ "test", "postgres" })
class SupplierMemoryOnPostgresTest extends SupplierMemoryApiTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}
}
