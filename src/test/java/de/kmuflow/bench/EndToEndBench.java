package de.kmuflow.bench;

import de.kmuflow.testsupport.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The packaged application started as `make run` starts it (same JVM options), loaded over HTTP by a
 * plain driver: e-invoices uploaded by several clients at once until each waits in its user task (or is
 * posted), against a bare process (start, then a user task) started on the same node in the same run.
 * Watches the resident memory meanwhile.
 */
final class EndToEndBench implements AutoCloseable {

	/** A start event and a user task: the least a process instance that waits for a person costs. */
	private static final String BARE_PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bench" targetNamespace="http://kmu-flow.example/bench">
			  <bpmn:process id="bench-bare" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="start" />
			    <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="task" />
			    <bpmn:userTask id="task" camunda:candidateGroups="accounting" />
			    <bpmn:sequenceFlow id="toEnd" sourceRef="task" targetRef="end" />
			    <bpmn:endEvent id="end" />
			  </bpmn:process>
			</bpmn:definitions>
			""";
	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	/**
	 * Rate of a run, its p95 answer time, how many requests failed or never got done, and the CPU time the
	 * application used for each (all its threads, from the first request until the work was done), and the
	 * share of that CPU time the JIT compiler took.
	 */
	record Load(int count, double perSecond, double p95Millis, int errors, double cpuMillisEach, double compilerShare) {
	}

	private final Path data;
	private final int port;
	private final Process app;
	private final double startSeconds;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final Thread memoryWatch;
	private volatile double peakResidentMiB;
	private boolean bareDeployed;

	/** Starts the jar with these JVM options and application arguments and waits for health UP. */
	EndToEndBench(Path jar, List<String> javaOptions, List<String> arguments) throws Exception {
		data = Files.createTempDirectory("kmuflow-e2e-bench");
		port = FreePorts.any();
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--kmuflow.data-dir=" + data,
				"--logging.level.root=WARN"));
		command.addAll(arguments);
		long start = System.nanoTime();
		app = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile())
			.start();
		waitForHealth(start);
		startSeconds = (System.nanoTime() - start) / 1e9;
		memoryWatch = new Thread(() -> {
			while (app.isAlive()) {
				peakResidentMiB = Math.max(peakResidentMiB, ProcessWatch.residentMiB(app.pid()));
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "memory-watch");
		memoryWatch.setDaemon(true);
		memoryWatch.start();
	}

	double startSeconds() {
		return startSeconds;
	}

	double peakResidentMiB() {
		return peakResidentMiB;
	}

	/** Starts count bare instances from that many clients; each start answers once its task waits. */
	Load bareInstances(int count, int clients) throws Exception {
		if (!bareDeployed) {
			HttpResponse<String> deployed = send(multipart("/engine-rest/deployment/create", "data", "bench-bare.bpmn",
					"application/xml", BARE_PROCESS.strip().getBytes(StandardCharsets.UTF_8), "deployment-name", "bench"));
			if (deployed.statusCode() != 200) {
				throw new IllegalStateException("bare process not deployed: " + deployed.body());
			}
			bareDeployed = true;
		}
		return drive(count, clients, i -> HttpRequest.newBuilder(uri("/engine-rest/process-definition/key/bench-bare/start"))
			.header("Authorization", AUTHORIZATION)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), () -> 0);
	}

	/**
	 * Uploads the documents from that many clients; the rate counts until every one waits in a user task
	 * of its process or has ended (posted), the answer time is the upload's.
	 */
	Load invoices(List<byte[]> documents, int clients) throws Exception {
		long before = settledInvoices();
		return drive(documents.size(), clients,
				i -> multipart("/api/invoices", "file", "bench-" + i + ".xml", "application/xml", documents.get(i), null, null),
				() -> {
					long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
					long settled = settledInvoices() - before;
					while (settled < documents.size() && System.nanoTime() < deadline) {
						Thread.sleep(200);
						settled = settledInvoices() - before;
					}
					return (int) (documents.size() - settled);
				});
	}

	/** The heap histogram now (jcmd GC.class_histogram, which collects garbage first). */
	String heapHistogram() throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder("jcmd", Long.toString(app.pid()), "GC.class_histogram").redirectErrorStream(true)
			.start();
		String histogram = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return histogram;
	}

	/**
	 * Where the resident memory goes by the JVM's own account (jcmd VM.native_memory summary): heap, class
	 * metadata, code cache, threads, GC; empty when the JVM was not started with native memory tracking.
	 */
	String nativeMemory() throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder("jcmd", Long.toString(app.pid()), "VM.native_memory", "summary")
			.redirectErrorStream(true)
			.start();
		String summary = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return summary.contains("Total: reserved") ? summary : "";
	}

	@FunctionalInterface
	private interface Settle {

		/** Waits until the work the requests caused is done; returns how many never got done. */
		int await() throws Exception;
	}

	private Load drive(int count, int clients, IntFunction<HttpRequest> request, Settle settle) throws Exception {
		List<Double> millis = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		double cpuBefore = ProcessWatch.cpuSeconds(app.pid());
		double compilerBefore = ProcessWatch.compilerCpuSeconds(app.pid());
		long start = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						long sent = System.nanoTime();
						HttpResponse<String> response = send(request.apply(i));
						millis.add((System.nanoTime() - sent) / 1e6);
						if (response.statusCode() >= 300) {
							errors.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			int unsettled = settle.await();
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuMillis = (ProcessWatch.cpuSeconds(app.pid()) - cpuBefore) * 1000;
			double compilerMillis = (ProcessWatch.compilerCpuSeconds(app.pid()) - compilerBefore) * 1000;
			return new Load(count, count / seconds, percentile(millis, 0.95), errors.get() + unsettled, cpuMillis / count,
					cpuMillis <= 0 ? 0 : compilerMillis / cpuMillis);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Invoice process instances waiting in a user task or ended. */
	private long settledInvoices() throws IOException, InterruptedException {
		return count("/engine-rest/task/count?processDefinitionKey=invoice-intake")
				+ count("/engine-rest/history/process-instance/count?processDefinitionKey=invoice-intake&finished=true");
	}

	private long count(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", AUTHORIZATION).build());
		return Long.parseLong(response.body().replaceAll("\\D", ""));
	}

	private HttpRequest multipart(String path, String field, String fileName, String type, byte[] content,
			String extraField, String extraValue) {
		String boundary = "kmuflow-bench-" + System.nanoTime();
		StringBuilder head = new StringBuilder();
		if (extraField != null) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(extraField)
				.append("\"\r\n\r\n").append(extraValue).append("\r\n");
		}
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
			.append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", AUTHORIZATION)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head.toString()),
					HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private void waitForHealth(long start) throws Exception {
		while (true) {
			try {
				if (send(HttpRequest.newBuilder(uri("/actuator/health")).build()).body().contains("UP")) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			if (!app.isAlive() || System.nanoTime() - start > Duration.ofMinutes(4).toNanos()) {
				throw new IllegalStateException("application did not start: see " + data.resolve("app.log"));
			}
			Thread.sleep(100);
		}
	}

	private static double percentile(List<Double> values, double share) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(share * sorted.size()) - 1);
	}

	@Override
	public void close() throws Exception {
		app.destroy();
		app.waitFor();
		memoryWatch.interrupt();
		try (Stream<Path> paths = Files.walk(data)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
