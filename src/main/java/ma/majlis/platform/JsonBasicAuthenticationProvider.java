package ma.majlis.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication, whose 401 also says what is wrong in the body every other error of the
 * REST APIs has ({@code {"type", "message"}}), instead of an empty body.
 */
public class JsonBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String BODY = "{\"type\":\"AuthenticationException\",\"message\":"
      + "\"Authentication required: HTTP Basic with a Majlis user's id and password\"}";

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    if (response.isCommitted()) {
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(BODY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
