package de.kmuflow.platform.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kmuflow.platform.ExternalTasks;
import de.kmuflow.platform.ExternalWork;
import de.kmuflow.platform.Incidents;
import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serves the processes' external tasks ({@link ExternalWork}) on this node: one thread fetches and locks
 * as many tasks as workers are free, each worker prepares in a short transaction, works with no
 * transaction open and completes in a short one. While a task is worked on its lock is extended; a
 * killed node's locks expire and another node takes its tasks. On stop, tasks still running after a
 * short grace are unlocked for the other nodes.
 */
@Component
class ExternalWorkers implements ExternalTasks, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ExternalWorkers.class);

	/** Camunda keeps an external task's error message to this length. */
	private static final int MESSAGE_LENGTH = 666;

	private static final Duration STOP_GRACE = Duration.ofSeconds(3);

	private final ExternalTaskService tasks;
	private final RuntimeService runtime;
	private final RetryCycles retryCycles;
	private final NewExternalTasks newTasks;
	private final TransactionTemplate transaction;
	private final Map<String, ExternalWork<Object, Object>> works;
	private final boolean enabled;
	private final int threads;
	private final Duration lockDuration;
	private final Duration pollInterval;
	private final String workerId;
	/** Tasks being worked on, with when their lock was taken (nanoTime). */
	private final Map<String, Long> inProgress = new ConcurrentHashMap<>();

	private volatile boolean running;
	private Semaphore freeWorkers;
	private ExecutorService workers;
	private Thread fetcher;
	private ScheduledExecutorService lockExtender;

	@SuppressWarnings("unchecked")
	ExternalWorkers(ExternalTaskService tasks, RuntimeService runtime, RetryCycles retryCycles, NewExternalTasks newTasks,
			PlatformTransactionManager transactions,
			List<ExternalWork<?, ?>> works, @Value("${kmuflow.workers.enabled:true}") boolean enabled,
			@Value("${kmuflow.workers.threads:2}") int threads,
			@Value("${kmuflow.workers.lock-duration:60s}") Duration lockDuration,
			@Value("${kmuflow.workers.poll-interval:500ms}") Duration pollInterval) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.retryCycles = retryCycles;
		this.newTasks = newTasks;
		this.transaction = new TransactionTemplate(transactions);
		this.works = works.stream()
			.map(work -> (ExternalWork<Object, Object>) work)
			.collect(Collectors.toUnmodifiableMap(ExternalWork::topic, Function.identity()));
		this.enabled = enabled;
		this.threads = Math.max(1, threads);
		this.lockDuration = lockDuration;
		this.pollInterval = pollInterval;
		this.workerId = "kmuflow-" + ManagementFactory.getRuntimeMXBean().getName() + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	@Override
	public int runDue(String processInstanceId) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
		if (instance == null) {
			return 0;
		}
		// fetching knows no instance id: fetch the instance's definition and business key, hand back the others
		Map<Boolean, List<LockedExternalTask>> fetched = fetch(100, instance).stream()
			.collect(Collectors.partitioningBy(task -> processInstanceId.equals(task.getProcessInstanceId())));
		fetched.get(false).forEach(task -> unlock(task.getId()));
		fetched.get(true).forEach(this::serve);
		return fetched.get(true).size();
	}

	@Override
	public boolean isAutoStartup() {
		return enabled && !works.isEmpty();
	}

	@Override
	public synchronized void start() {
		running = true;
		freeWorkers = new Semaphore(threads);
		AtomicInteger number = new AtomicInteger();
		workers = Executors.newFixedThreadPool(threads, runnable -> named(runnable, "kmuflow-worker-" + number.incrementAndGet()));
		lockExtender = Executors.newSingleThreadScheduledExecutor(runnable -> named(runnable, "kmuflow-worker-locks"));
		long every = Math.max(1000, lockDuration.toMillis() / 3);
		lockExtender.scheduleWithFixedDelay(this::extendLocks, every, every, TimeUnit.MILLISECONDS);
		fetcher = named(this::fetchWhileRunning, "kmuflow-worker-fetch");
		fetcher.start();
		log.info("{} workers serve the topics {} (worker id {})", threads, works.keySet(), workerId);
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		// an idle fetching thread is woken to see this at once (no interrupt: it may be inside a query)
		newTasks.signal();
		workers.shutdown();
		try {
			if (!workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				// whatever is still running is handed to the other nodes at once, not after the lock expires
				inProgress.keySet().forEach(this::unlock);
				workers.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		lockExtender.shutdownNow();
		try {
			fetcher.join(STOP_GRACE.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void fetchWhileRunning() {
		while (running) {
			try {
				if (!freeWorkers.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
					continue;
				}
				freeWorkers.release();
				List<LockedExternalTask> locked = fetch(freeWorkers.availablePermits(), null);
				for (LockedExternalTask task : locked) {
					if (!running) {
						unlock(task.getId());
						continue;
					}
					freeWorkers.acquire();
					workers.execute(() -> {
						try {
							serve(task);
						}
						finally {
							freeWorkers.release();
						}
					});
				}
				if (locked.isEmpty()) {
					// idle: a task created on this node wakes the fetch at once, others' are found by polling
					newTasks.await(pollInterval);
				}
			}
			catch (InterruptedException e) {
				return;
			}
			catch (RuntimeException e) {
				if (!running) {
					// the node is stopping: the workers took no more tasks
					return;
				}
				// the database is away for a moment: try again after the poll interval
				log.warn("fetching external tasks failed: {}", Incidents.rootMessage(e));
				sleep();
			}
		}
	}

	private List<LockedExternalTask> fetch(int max, ProcessInstance of) {
		if (max <= 0 || works.isEmpty()) {
			return List.of();
		}
		ExternalTaskQueryBuilder query = tasks.fetchAndLock(max, workerId, true);
		for (String topic : works.keySet()) {
			ExternalTaskQueryTopicBuilder topicQuery = query.topic(topic, lockDuration.toMillis());
			if (of != null) {
				topicQuery = topicQuery.processDefinitionId(of.getProcessDefinitionId());
				if (of.getBusinessKey() != null) {
					topicQuery = topicQuery.businessKey(of.getBusinessKey());
				}
			}
			query = topicQuery;
		}
		return query.execute();
	}

	/** Prepare (short transaction), work (none), finish and complete (short transaction); or report the failure. */
	private void serve(LockedExternalTask task) {
		ExternalWork<Object, Object> work = works.get(task.getTopicName());
		inProgress.put(task.getId(), System.nanoTime());
		try {
			Object input = transaction.execute(status -> work.prepare(task));
			Object result = work.work(input);
			transaction.executeWithoutResult(status -> tasks.complete(task.getId(), workerId, work.finish(task, result)));
		}
		catch (RuntimeException failure) {
			fail(task, work, failure);
		}
		finally {
			inProgress.remove(task.getId());
		}
	}

	/**
	 * Retries after the model's back-off while tries are left, then an incident whose message tells the
	 * operator what to do. A refusal is never retried: the same step would be refused again.
	 */
	private void fail(LockedExternalTask task, ExternalWork<Object, Object> work, RuntimeException failure) {
		if (collided(failure)) {
			// another transaction changed the same rows at the same moment (as the job executor does, this costs
			// no try): the task is handed back at once and read again
			log.info("{} of process {} collided with another transaction; read again", task.getActivityId(),
					task.getProcessInstanceId());
			unlock(task.getId());
			return;
		}
		StepRefused refused = StepRefused.in(failure);
		Incidents.Explained explained = Incidents.Explained.in(failure);
		String message = refused != null ? refused.getMessage()
				: explained != null ? explained.getMessage() : work.failureMessage(failure);
		RetryCycles.Cycle cycle = retryCycles.of(task.getProcessDefinitionId(), task.getActivityId());
		int retriesLeft = refused != null ? 0 : Math.max(0, (task.getRetries() == null ? cycle.tries() : task.getRetries()) - 1);
		log.warn("{} of process {} failed ({} tries left): {}", task.getActivityId(), task.getProcessInstanceId(),
				retriesLeft, message);
		try {
			tasks.handleFailure(task.getId(), workerId, shorten(message), stackTrace(failure), retriesLeft,
					cycle.backOff().toMillis());
		}
		catch (RuntimeException lost) {
			// the task was cancelled or its lock went to another node meanwhile: that node reports for it
			log.info("failure of external task {} not reported: {}", task.getId(), Incidents.rootMessage(lost));
		}
	}

	private static boolean collided(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException) {
				return true;
			}
		}
		return false;
	}

	/** Extends the locks of the tasks that have run for a third of their lock: most finish long before. */
	private void extendLocks() {
		long due = System.nanoTime() - lockDuration.toNanos() / 3;
		inProgress.forEach((id, since) -> {
			if (since > due) {
				return;
			}
			try {
				tasks.extendLock(id, workerId, lockDuration.toMillis());
				inProgress.replace(id, since, System.nanoTime());
			}
			catch (RuntimeException e) {
				log.info("lock of external task {} not extended: {}", id, Incidents.rootMessage(e));
			}
		});
	}

	private void unlock(String id) {
		try {
			tasks.unlock(id);
		}
		catch (RuntimeException e) {
			log.info("external task {} not unlocked: {}", id, Incidents.rootMessage(e));
		}
	}

	private void sleep() {
		try {
			Thread.sleep(pollInterval.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String shorten(String message) {
		return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH - 1) + "…";
	}

	private static String stackTrace(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	private static Thread named(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}
}
