package ma.majlis.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;

/**
 * In front of every way to try a password: HTTP Basic on {@code /engine-rest} and {@code /api}, and the webapps'
 * login form ({@code POST /camunda/api/admin/auth/user/default/login/<app>}). A client that {@link LoginThrottle}
 * holds back for a user gets 429 with {@code Retry-After} (seconds) and a {@code {type, message}} body, and its
 * password is not checked. Otherwise the request goes on; a 401 answer counts as a failed login of the client as
 * that user, any other answer as a success (the password was right, whatever the user may then do). The client is
 * the request's remote address (behind the production reverse proxy, the one it forwards).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/";
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest forward = request;
    String user = basicUser(request);
    if (user == null && isWebappLogin(request)) {
      FormRequest form = FormRequest.read(request);
      if (form != null) {
        forward = form;
        user = form.getParameter("username");
      }
    }
    if (user == null || user.isEmpty()) {
      chain.doFilter(forward, response);
      return;
    }
    String client = request.getRemoteAddr();
    Optional<Duration> wait = throttle.wait(client, user);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      // the caller is not authenticated: his browser's language, not the preference of the account he names
      Language language = Languages.accepted(request)
          .orElseGet(() -> Languages.current().map(Languages::working).orElse(Language.FR));
      Map<String, String> body = new LinkedHashMap<>();
      body.put("type", "TooManyFailedLogins");
      body.put("message", Texts.get(language, "error.login.throttled", Long.toString(seconds)));
      response.getWriter().write(JSON.writeValueAsString(body));
      return;
    }
    chain.doFilter(forward, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(client, user);
    } else {
      throttle.succeeded(client, user);
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && request.getRequestURI().substring(request.getContextPath().length()).startsWith(WEBAPP_LOGIN);
  }

  /** The user id of an HTTP Basic Authorization header, or null. */
  static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A form request whose body was read here (to know the user) and is replayed to the application: its stream, its
   * reader and its parameters (query string and body) are served from the bytes read.
   */
  static final class FormRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    private FormRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      Map<String, List<String>> values = new LinkedHashMap<>();
      decode(request.getQueryString(), values);
      decode(new String(body, StandardCharsets.UTF_8), values);
      Map<String, String[]> map = new LinkedHashMap<>();
      values.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
      this.parameters = Collections.unmodifiableMap(map);
    }

    /** The request with its form read, or null when it is not a (small) form. */
    static FormRequest read(HttpServletRequest request) throws IOException {
      String type = request.getContentType();
      if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")
          || request.getContentLengthLong() > MAX_FORM_BYTES) {
        return null;
      }
      byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
      if (body.length > MAX_FORM_BYTES) {
        throw new IOException("a login form of more than " + MAX_FORM_BYTES + " bytes");
      }
      return new FormRequest(request, body);
    }

    private static void decode(String text, Map<String, List<String>> values) {
      if (text == null || text.isEmpty()) {
        return;
      }
      for (String pair : text.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        values.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
      }
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("a replayed body is read synchronously");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
