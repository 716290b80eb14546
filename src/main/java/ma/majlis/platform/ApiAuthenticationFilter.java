package ma.majlis.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Authenticates the read API ({@code /api}): with HTTP Basic, as the engine REST API, or, for a {@code GET} (or
 * {@code HEAD}) without an {@code Authorization} header, with the session of the user logged into Camunda's webapps
 * (Cockpit, Tasklist), so that Majlis's Cockpit plugin reads the API as the manager who opened it.
 *
 * <p>The webapps keep their login in the HTTP session ({@link AuthenticationUtil#getAuthsFromSession}); this filter
 * takes the user id from there and, as the Basic filter does, reads the user's groups and tenants afresh from the
 * identity service, so that a user removed from a group (or deleted) since logging in reads no more. The
 * authentication then set on the engine is what the read API (its access interceptor, package {@code api}) checks: the same readers,
 * the same 403. Without Basic credentials and without a webapp session the answer is the Basic filter's 401.
 *
 * <p>Cross-site requests: a browser sends the session cookie with any request to the site, so the session is
 * accepted for reads only ({@code GET}, {@code HEAD}), which change nothing; any other method needs HTTP Basic (the
 * read API has no other method anyway), with one exception: a board book upload that carries the webapps' CSRF token
 * of that session ({@link #boardBookUpload}). The webapps' own API keeps its CSRF token check.
 */
public class ApiAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String userId = http.getHeader("Authorization") == null
        && (READS.contains(http.getMethod()) || boardBookUpload(http)) ? webappUser(http) : null;
    if (userId == null) {
      super.doFilter(request, response, chain);
      return;
    }
    ProcessEngine engine = getAddressedEngine(DEFAULT_ENGINE_NAME);
    if (engine == null || engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
      super.doFilter(request, response, chain);
      return;
    }
    setAuthenticatedUser(engine, userId, getGroupsOfUser(engine, userId), getTenantsOfUser(engine, userId));
    try {
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  /**
   * A board book upload from Majlis's book page with the Tasklist login: a {@code POST} to
   * {@code /api/sessions/{key}/items/{i}/files} that carries the webapps' CSRF token of its session in
   * {@code X-XSRF-TOKEN}, as Tasklist's own requests do. Another site can make a browser send the session cookie,
   * never that header with the right token (it cannot read the page or the cookie that hold it).
   */
  static boolean boardBookUpload(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.matches("/api/sessions/[^/]+/items/[^/]+/files")) {
      return false;
    }
    HttpSession session = request.getSession(false);
    String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return header != null && token != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
        token.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The user logged into the webapps in this request's session, for the default engine; null when none. */
  static String webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(DEFAULT_ENGINE_NAME);
    return authentication == null ? null : authentication.getIdentityId();
  }
}
