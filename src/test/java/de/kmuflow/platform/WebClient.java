package de.kmuflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for tests against the running application: keeps cookies, never follows redirects. */
public final class WebClient {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	public WebClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** A page request as a browser sends it, asking for HTML. */
	public HttpResponse<String> browse(String path) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
	}

	public HttpResponse<String> get(String path, String user, String password) {
		return send(request(path).header("Authorization", basic(user, password)).GET());
	}

	public HttpResponse<String> postJson(String path, String json, String user, String password) {
		return send(request(path).header("Authorization", basic(user, password))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> putJson(String path, String json, String user, String password) {
		return send(request(path).header("Authorization", basic(user, password))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> delete(String path, String user, String password) {
		return send(request(path).header("Authorization", basic(user, password)).DELETE());
	}

	public HttpResponse<String> postForm(String path, String form) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Sends files as multipart/form-data, each in the field {@code file}. */
	public HttpResponse<String> postFiles(String path, Map<String, byte[]> files, String user, String password) {
		String boundary = "kmuflow-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Authorization", basic(user, password))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Fetches raw bytes (downloads such as the DATEV export). */
	public HttpResponse<byte[]> getBytes(String path, String user, String password) {
		try {
			return http.send(request(path).header("Authorization", basic(user, password)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Any method with the given headers (name, value, name, value, ...) and an optional JSON body;
	 * the client's cookies go along.
	 */
	public HttpResponse<String> exchange(String method, String path, String body, String... headers) {
		HttpRequest.Builder request = request(path).method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** The HTTP Basic header value for a user. */
	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Logs in on kmu-flow's login page as a browser does, CSRF token included; the session cookie is kept. */
	public HttpResponse<String> logIn(String user, String password) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browse("/login").body());
		if (!token.find()) {
			throw new AssertionError("login form carries no CSRF token");
		}
		return postForm("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1)));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
