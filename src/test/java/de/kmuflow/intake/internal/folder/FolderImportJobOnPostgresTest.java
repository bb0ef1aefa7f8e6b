package de.kmuflow.intake.internal.folder;

import de.kmuflow.platform.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The folder import on PostgreSQL: Spring Batch's job repository and the import log. */
@ActiveProfiles({ "test", "postgres" })
class FolderImportJobOnPostgresTest extends FolderImportJobTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}
}
