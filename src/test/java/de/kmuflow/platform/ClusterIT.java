package de.kmuflow.platform;

import de.kmuflow.testsupport.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kmuflow.intake.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of the packaged jar, each a JVM of its own with its own data dir, started at the same moment
 * on one empty PostgreSQL; 8 clients send distinct e-invoices to both; a third of the way in one node is
 * killed with SIGKILL and started again, two thirds in the other gets SIGTERM and is started again.
 * Afterwards every accepted upload is exactly one invoice with one process, nothing is left over; then
 * every invoice is reviewed and approved through the API, each approval sent to both nodes at once, and
 * each is posted exactly once; stock movements on both nodes started one reorder per item. Runs in the integration-test
 * phase (after the jar is packaged); {@code -Dcluster.invoices=N} changes the number of invoices.
 */
class ClusterIT {

	private static final int CLIENTS = 8;
	private static final int ITEMS = 6;
	private static final Duration SETTLE = Duration.ofMinutes(6);

	@TempDir
	Path work;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void twoNodesUnderLoadWithAKillAndAStopLoseNothingAndDoubleNothing() throws Exception {
		int invoices = Integer.getInteger("cluster.invoices", 500);
		Path jar = Path.of("target/kmu-flow.jar");
		assertThat(jar).as("the packaged jar (mvn package)").exists();
		GreenMail mail = new GreenMail(new ServerSetup(FreePorts.any(), null, ServerSetup.PROTOCOL_SMTP));
		mail.start();
		try (PostgresServer postgres = PostgresServer.start()) {
			postgres.createDatabase("kmuflow");
			NodeProcess[] nodes = { new NodeProcess("node-a", jar, work, postgres, mail.getSmtp().getPort(), List.of()),
					new NodeProcess("node-b", jar, work, postgres, mail.getSmtp().getPort(), List.of()) };
			List<String> report = new ArrayList<>();
			try {
				// started at the same moment on the empty database
				for (NodeProcess node : nodes) {
					node.launch();
				}
				for (NodeProcess node : nodes) {
					report.add(node.name() + " first start: " + node.awaitUp(Duration.ofMinutes(5)).toMillis() + " ms");
				}

				List<String> skus = stockMovementsOnBothNodes(nodes);

				long began = System.nanoTime();
				Map<Integer, String> accepted = new ConcurrentHashMap<>();
				AtomicInteger done = new AtomicInteger();
				AtomicInteger resent = new AtomicInteger();
				ExecutorService faults = Executors.newSingleThreadExecutor();
				List<Future<String>> faultReports = new ArrayList<>();
				ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
				List<Future<?>> sending = new ArrayList<>();
				for (int client = 0; client < CLIENTS; client++) {
					int first = client;
					sending.add(clients.submit(() -> {
						for (int i = first; i < invoices; i += CLIENTS) {
							accepted.put(i, send(nodes, i, resent));
							int sent = done.incrementAndGet();
							if (sent == invoices / 3) {
								faultReports.add(faults.submit(() -> nodes[0].killAndRestart()));
							}
							if (sent == 2 * invoices / 3) {
								faultReports.add(faults.submit(() -> nodes[1].stopAndRestart()));
							}
						}
						return null;
					}));
				}
				for (Future<?> client : sending) {
					client.get(20, TimeUnit.MINUTES);
				}
				clients.shutdown();
				for (Future<String> fault : faultReports) {
					report.add(fault.get(5, TimeUnit.MINUTES));
				}
				faults.shutdown();
				long settledAfter = awaitSettled(postgres);
				long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
				long postingBegan = System.nanoTime();
				int approvalsRefused = postEveryInvoice(nodes, Set.copyOf(accepted.values()));
				report.add("reviewed and approved through the API, each approval sent to both nodes at once: "
						+ accepted.size() + " invoices in " + Duration.ofNanos(System.nanoTime() - postingBegan).toMillis()
						+ " ms; second approvals refused: " + approvalsRefused);

				try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("kmuflow"), PostgresServer.USER, "")) {
					Set<String> ids = Set.copyOf(accepted.values());
					long invoiceRows = count(db, "select count(*) from invoice");
					long instances = count(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'invoice-intake'");
					long incidents = count(db, "select count(*) from act_ru_incident");
					long orphans = count(db, "select count(*) from document d where not exists"
							+ " (select 1 from invoice i where i.document_id = d.id)");
					long doubled = count(db, "select count(*) from (select document_id from invoice group by document_id"
							+ " having count(*) > 1) twice")
							+ count(db, "select count(*) from (select invoice_id from booking group by invoice_id"
									+ " having count(*) > 1) twice")
							+ count(db, "select count(*) from (select business_key_ from act_hi_procinst"
									+ " where proc_def_key_ = 'invoice-intake' group by business_key_ having count(*) > 1) twice");
					long withOneInstance = 0;
					for (String id : ids) {
						withOneInstance += count(db, "select count(*) from invoice i join act_hi_procinst p on p.business_key_ ="
								+ " cast(i.id as varchar) and p.proc_def_key_ = 'invoice-intake' where i.id = '" + id + "'");
					}
					System.out.printf("%n| sent | accepted | invoices | instances | incidents | orphans | doubled | time |%n"
							+ "|---|---|---|---|---|---|---|---|%n| %d | %d | %d | %d | %d | %d | %d | %.1f s |%n", invoices,
							ids.size(), invoiceRows, instances, incidents, orphans, doubled, millis / 1000.0);
					System.out.printf("resent after a failed try: %d; settled %d ms after the last upload%n", resent.get(),
							settledAfter);

					assertThat(accepted).hasSize(invoices);
					assertThat(ids).hasSize(invoices);
					assertThat(invoiceRows).isEqualTo(invoices);
					assertThat(instances).isEqualTo(invoices);
					assertThat(withOneInstance).isEqualTo(invoices);
					assertThat(count(db, "select count(*) from invoice where status = 'RECEIVED'")).as("not read yet").isZero();
					assertThat(incidents).isZero();
					assertThat(orphans).isZero();
					assertThat(doubled).isZero();
					assertThat(count(db, "select count(*) from invoice where status = 'POSTED'")).as("posted").isEqualTo(invoices);
					assertThat(count(db, "select count(*) from booking")).as("bookings").isEqualTo(invoices);
					assertThat(approvalsRefused).as("the second approval of each invoice").isEqualTo(invoices);
					for (String sku : skus) {
						assertThat(count(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'inventory-reorder'"
								+ " and business_key_ = '" + sku + "'")).as("reorders of %s", sku).isEqualTo(1);
					}
				}
				for (NodeProcess node : nodes) {
					report.add(node.name() + " stop after SIGTERM: " + node.stop().toMillis() + " ms");
				}
			}
			finally {
				report.forEach(System.out::println);
				for (NodeProcess node : nodes) {
					node.kill();
				}
				mail.stop();
			}
			assertThat(report).filteredOn(line -> line.contains("SIGTERM"))
				.allSatisfy(line -> assertThat(Long.parseLong(line.replaceAll(".*SIGTERM[^:]*: (\\d+) ms.*", "$1")))
					.isLessThan(10_000));
		}
	}

	/** Sends invoice {@code i} until a node accepts it: on the preferred node, else on the other one. */
	private String send(NodeProcess[] nodes, int i, AtomicInteger resent) throws Exception {
		byte[] invoice = TestDocuments.eInvoice("CL-" + i);
		for (int attempt = 0; attempt < 600; attempt++) {
			NodeProcess node = nodes[(i + attempt) % 2];
			try {
				HttpResponse<String> answer = node.web().postFiles("/api/invoices", Map.of("rechnung-" + i + ".xml", invoice),
						"paula", "paula");
				if (answer.statusCode() == 201 || answer.statusCode() == 200) {
					JsonNode body = json.readTree(answer.body());
					return body.get("id").asText();
				}
			}
			catch (RuntimeException nodeDown) {
				// connection refused or reset: the node is down or going down
			}
			resent.incrementAndGet();
			Thread.sleep(200);
		}
		throw new AssertionError("invoice " + i + " was never accepted");
	}

	/**
	 * Every invoice through to posted as people do it over the engine's REST API: a clerk reviews it where
	 * needed (never the uploader), then a manager approves it, and that approval is sent to both nodes at
	 * the same moment (a double click, two browser tabs). Returns how many of the second approvals were
	 * refused.
	 */
	private int postEveryInvoice(NodeProcess[] nodes, Set<String> invoiceIds) throws Exception {
		ExecutorService people = Executors.newFixedThreadPool(CLIENTS);
		ExecutorService clicks = Executors.newFixedThreadPool(CLIENTS * 2);
		AtomicInteger refused = new AtomicInteger();
		List<Future<?>> work = new ArrayList<>();
		AtomicInteger turn = new AtomicInteger();
		for (String id : invoiceIds) {
			NodeProcess node = nodes[turn.getAndIncrement() % 2];
			work.add(people.submit(() -> {
				JsonNode task = openTask(node, id);
				if (task.get("taskDefinitionKey").asText().equals("userTask_reviewInvoice")) {
					assertThat(node.web().postJson("/engine-rest/task/" + task.get("id").asText() + "/complete", "{}",
							"clara", "clara").statusCode()).isEqualTo(204);
					task = openTask(node, id);
				}
				assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("userTask_approveInvoice");
				String complete = "/engine-rest/task/" + task.get("id").asText() + "/complete";
				String approve = "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}";
				Future<Integer> onA = clicks.submit(() -> nodes[0].web().postJson(complete, approve, "martin", "martin")
					.statusCode());
				Future<Integer> onB = clicks.submit(() -> nodes[1].web().postJson(complete, approve, "martin", "martin")
					.statusCode());
				List<Integer> answers = List.of(onA.get(), onB.get());
				assertThat(answers).as("approvals of %s", id).contains(204);
				refused.addAndGet((int) answers.stream().filter(status -> status != 204).count());
				return null;
			}));
		}
		for (Future<?> done : work) {
			done.get(20, TimeUnit.MINUTES);
		}
		people.shutdown();
		clicks.shutdown();
		return refused.get();
	}

	private JsonNode openTask(NodeProcess node, String invoiceId) throws Exception {
		HttpResponse<String> tasks = node.web().get("/engine-rest/task?processInstanceBusinessKey=" + invoiceId, "demo", "demo");
		assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
		JsonNode open = json.readTree(tasks.body());
		assertThat(open).as("open tasks of %s", invoiceId).hasSize(1);
		return open.get(0);
	}

	/** Items created on one node; 50 withdrawals of one piece each, alternating between the nodes, at once. */
	private List<String> stockMovementsOnBothNodes(NodeProcess[] nodes) throws Exception {
		List<String> skus = new ArrayList<>();
		for (int item = 0; item < ITEMS; item++) {
			String sku = "CL-" + UUID.randomUUID().toString().substring(0, 8);
			HttpResponse<String> created = nodes[item % 2].web().postJson("/api/inventory/items", """
					{"sku":"%s","name":"Schrauben","unit":"Stk","onHand":55,"reorderPoint":10,"reorderQuantity":100,
					 "supplierName":"Lieferant %s","supplierEmail":"bestellung@lieferant.example","unitPrice":5.00,"leadTimeDays":3}
					""".formatted(sku, sku), "paula", "paula");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			skus.add(sku);
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int movement = 0; movement < 50; movement++) {
			for (String sku : skus) {
				NodeProcess node = nodes[movement % 2];
				answers.add(pool.submit(() -> node.web().postJson("/api/inventory/movements",
						"{\"sku\":\"" + sku + "\",\"quantity\":-1,\"type\":\"ISSUE\",\"reason\":\"Verkauf\"}", "lars", "lars")
					.statusCode()));
			}
		}
		for (Future<Integer> answer : answers) {
			assertThat(answer.get()).isEqualTo(201);
		}
		pool.shutdown();
		return skus;
	}

	/**
	 * Waits until no due job and no external task with tries left is left (the invoices are read and wait
	 * for people); returns how long it took.
	 */
	static long awaitSettled(PostgresServer postgres) throws Exception {
		long start = System.nanoTime();
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("kmuflow"), PostgresServer.USER, "")) {
			while (Duration.ofNanos(System.nanoTime() - start).compareTo(SETTLE) < 0) {
				if (count(db, "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
						+ " and (duedate_ is null or duedate_ <= now())") == 0
						&& count(db, "select count(*) from act_ru_ext_task where (retries_ is null or retries_ > 0)"
								+ " and suspension_state_ = 1") == 0) {
					return Duration.ofNanos(System.nanoTime() - start).toMillis();
				}
				Thread.sleep(1000);
			}
		}
		throw new AssertionError("jobs or external tasks still due after " + SETTLE);
	}

	static long count(Connection db, String sql) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

}
