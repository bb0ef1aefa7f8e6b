package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Several people open Tasklist and Cockpit at the same moment: each page's scripts carry the nonce
 * that its own Content-Security-Policy header allows, or the browser refuses them and the webapp
 * never loads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappPageNonceTest {

	private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
	private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Test
	void pagesOpenedAtTheSameTimeEachCarryTheNonceOfTheirOwnHeader() throws Exception {
		String[][] visits = { { "/camunda/app/tasklist/default/", "clara" }, { "/camunda/app/cockpit/default/", "otto" } };
		ExecutorService people = Executors.newFixedThreadPool(6);
		try {
			List<Future<List<String>>> mismatches = new ArrayList<>();
			for (int person = 0; person < 6; person++) {
				String[] visit = visits[person % visits.length];
				mismatches.add(people.submit(openRepeatedly(visit[0], visit[1], 30)));
			}
			int pages = 0;
			for (Future<List<String>> each : mismatches) {
				assertThat(each.get()).isEmpty();
				pages += 30;
			}
			assertThat(pages).isEqualTo(180);
		} finally {
			people.shutdownNow();
		}
	}

	private Callable<List<String>> openRepeatedly(String page, String user, int times) {
		return () -> {
			WebClient browser = new WebClient(port);
			List<String> mismatches = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				HttpResponse<String> response = browser.get(page, user, user);
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				Matcher header = HEADER_NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
				assertThat(header.find()).as("nonce in the header of " + page).isTrue();
				Matcher scripts = PAGE_NONCE.matcher(response.body());
				int scriptsSeen = 0;
				while (scripts.find()) {
					scriptsSeen++;
					if (!scripts.group(1).equals(header.group(1))) {
						mismatches.add(page + ": header " + header.group(1) + ", script " + scripts.group(1));
					}
				}
				assertThat(scriptsSeen).as("scripts with a nonce in " + page).isPositive();
			}
			return mismatches;
		};
	}
}
