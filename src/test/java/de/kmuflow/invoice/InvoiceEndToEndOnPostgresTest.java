package de.kmuflow.invoice;

import de.kmuflow.platform.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The invoice end to end on PostgreSQL: Flyway's migrations, the engine's schema and the invoice queries. */
@ActiveProfiles({ "test", "postgres" })
class InvoiceEndToEndOnPostgresTest extends InvoiceEndToEndTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}
}
