package ma.majlis.boardbook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * The board book's HTTP calls as a client makes them with HTTP Basic: a multipart upload (field {@code file}) and a
 * download read as bytes. Redirections are not followed, so a test sees them.
 */
public final class Downloads {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Downloads(String base) {
    this.base = base;
  }

  public record Answer(int status, byte[] body, HttpHeaders headers) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return status + " " + (headers.firstValue("Content-Type").orElse("").startsWith("application/pdf") ? "(pdf)"
          : text());
    }
  }

  /** The multipart body of one file in the field {@code file}, and its content type with the boundary. */
  public record Multipart(String contentType, byte[] body) {
    public static Multipart of(String fileName, byte[] content) {
      String boundary = "majlis-" + UUID.randomUUID();
      byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[head.length + content.length + tail.length];
      System.arraycopy(head, 0, body, 0, head.length);
      System.arraycopy(content, 0, body, head.length, content.length);
      System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
      return new Multipart("multipart/form-data; boundary=" + boundary, body);
    }

    public HttpRequest.Builder post(String url) {
      return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
  }

  public Answer upload(String user, String path, String fileName, byte[] content) {
    return send(user, Multipart.of(fileName, content).post(base + path));
  }

  public Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private Answer send(String user, HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
