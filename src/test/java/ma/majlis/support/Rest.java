package ma.majlis.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the application tests: calls the REST APIs as a given user with HTTP Basic. It reads
 * English, as an integrator who asks for it ({@code Accept-Language: en}); {@link #withLanguage} makes a client that
 * asks for another language, or none.
 */
public class Rest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(java.time.Duration.ofSeconds(5)).build();
  private final String base;
  private final String acceptLanguage;

  public Rest(String base) {
    this(base, "en");
  }

  private Rest(String base, String acceptLanguage) {
    this.base = base;
    this.acceptLanguage = acceptLanguage;
  }

  /** The same client with this {@code Accept-Language} header (null: without the header). */
  public Rest withLanguage(String acceptLanguage) {
    return new Rest(base, acceptLanguage);
  }

  public Response get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response delete(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  /** A raw body with any content type (malformed requests in the bad-input tests). */
  public Response post(String user, String path, String contentType, String body) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public String base() {
    return base;
  }

  /** Demo users' passwords are their ids; a null user sends no credentials. */
  private Response send(String user, HttpRequest.Builder request) {
    // never wait forever on a node that hangs (the reliability tests kill and restart applications)
    request.timeout(java.time.Duration.ofSeconds(60));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return send(http, request);
  }

  /** Sends a request with a client (its cookies, if any) and reads the answer as text. */
  static Response send(HttpClient client, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not Json (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
