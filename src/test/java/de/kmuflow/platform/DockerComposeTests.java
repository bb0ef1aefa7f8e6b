package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the production set-up is checked by reading: the services it
 * needs, and that every variable it passes is one the application actually reads.
 */
class DockerComposeTests {

	private static final Path CONFIG = Path.of("src/main/resources");
	private static final List<String> NODES = List.of("kmu-flow-1", "kmu-flow-2");

	private final Map<String, Object> compose = load(Path.of("docker-compose.yml"));

	@Test
	void hasDatabaseTwoNodesAndMailCatcher() {
		assertThat(services().keySet()).containsExactlyInAnyOrder("postgres", "kmu-flow-1", "kmu-flow-2", "mailpit");
		assertThat(service("postgres").get("image")).isEqualTo("postgres:15");
		assertThat(service("mailpit").get("image").toString()).startsWith("axllent/mailpit");
	}

	@Test
	void nodesRunTheApplicationOnPostgresWithoutDemoUsers() throws IOException {
		String serverPort = placeholderDefault(Files.readString(CONFIG.resolve("application.yaml")), "PORT");
		for (String node : NODES) {
			Map<String, Object> service = service(node);
			assertThat(service.get("build")).isEqualTo(".");
			assertThat(environment(node).get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres,prod");
			assertThat((List<?>) service.get("ports")).singleElement()
				.satisfies(mapping -> assertThat(mapping.toString()).endsWith(":" + serverPort));
		}
		assertThat(service("kmu-flow-1").get("ports")).isNotEqualTo(service("kmu-flow-2").get("ports"));
		for (String profile : environment("kmu-flow-1").get("SPRING_PROFILES_ACTIVE").split(",")) {
			assertThat(CONFIG.resolve("application-" + profile + ".yaml")).exists();
		}
	}

	@Test
	void everyVariableGivenToTheNodesIsReadByTheApplication() throws IOException {
		Set<String> read = variablesReadByApplication();
		for (String node : NODES) {
			assertThat(environment(node).keySet()).allSatisfy(
					name -> assertThat(name).satisfiesAnyOf(n -> assertThat(read).contains(n),
							n -> assertThat(n).isEqualTo("SPRING_PROFILES_ACTIVE")));
		}
		assertThat(read).contains("KMUFLOW_ADMIN_USER", "KMUFLOW_ADMIN_PASSWORD", "KMUFLOW_DB_URL");
	}

	@Test
	void nodesReachTheDatabaseAndMailCatcherTheyDeclare() {
		Map<String, String> node = environment("kmu-flow-1");
		Map<String, String> postgres = environment("postgres");
		assertThat(node.get("KMUFLOW_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
		assertThat(node.get("KMUFLOW_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
		assertThat(node.get("KMUFLOW_DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
		assertThat(node.get("KMUFLOW_MAIL_HOST")).isEqualTo("mailpit");
		assertThat((List<?>) service("mailpit").get("ports")).map(Object::toString)
			.contains(node.get("KMUFLOW_MAIL_PORT") + ":" + node.get("KMUFLOW_MAIL_PORT"));
	}

	@Test
	void imageHasTesseractWithGermanAndRunsTheJar() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("tesseract-ocr-deu", "tesseract-ocr-eng", "OMP_THREAD_LIMIT=1",
				"target/kmu-flow.jar", "EXPOSE 8080");
	}

	@Test
	void dataDirBelongsToTheUserTheNodeRunsAsAndEachNodeHasItsOwn() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
		assertThat(user.find()).isTrue();
		String dataDir = environment("kmu-flow-1").get("KMUFLOW_DATA_DIR");
		assertThat(dockerfile).contains("mkdir -p " + dataDir, "chown -R " + user.group(1) + ":" + user.group(1) + " " + dataDir);
		assertThat(dockerfile.indexOf("chown")).isLessThan(dockerfile.indexOf("USER "));
		assertThat(service("kmu-flow-1").get("volumes")).isNotEqualTo(service("kmu-flow-2").get("volumes"));
		assertThat(environment("kmu-flow-1").get("SPRING_PROFILES_ACTIVE")).contains("postgres");
	}

	private Set<String> variablesReadByApplication() throws IOException {
		Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
		try (Stream<Path> files = Files.list(CONFIG)) {
			return files.filter(file -> file.getFileName().toString().matches("application.*\\.yaml"))
				.flatMap(file -> {
					try {
						Matcher matcher = placeholder.matcher(Files.readString(file));
						return matcher.results().map(result -> result.group(1)).toList().stream();
					}
					catch (IOException e) {
						throw new IllegalStateException(e);
					}
				})
				.collect(Collectors.toSet());
		}
	}

	private static String placeholderDefault(String yaml, String variable) {
		Matcher matcher = Pattern.compile("\\$\\{" + variable + ":([^}]+)}").matcher(yaml);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> services() {
		return (Map<String, Object>) compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> service(String name) {
		return (Map<String, Object>) services().get(name);
	}

	/** Values as compose would pass them when the variables they refer to are unset. */
	@SuppressWarnings("unchecked")
	private Map<String, String> environment(String name) {
		Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
		return environment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				entry -> entry.getValue().toString().replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1")));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> load(Path file) {
		try {
			return new Yaml().load(Files.readString(file));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
