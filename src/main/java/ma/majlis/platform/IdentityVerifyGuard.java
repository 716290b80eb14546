package ma.majlis.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

import ma.majlis.identity.Groups;

/**
 * {@code POST /engine-rest/identity/verify} checks any user's password for its caller, without the caller's own
 * login being at stake: any user could guess another's password through it (and, with the engine's lockout, used to
 * lock them out). Only administrators ({@code camunda-admin}) may call it; anyone else gets 403. Runs after the HTTP
 * Basic filter, which has set the caller's authentication.
 */
public class IdentityVerifyGuard extends OncePerRequestFilter {

  private final IdentityService identity;

  public IdentityVerifyGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMINISTRATORS)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Only administrators ("
        + Groups.ADMINISTRATORS + ") may verify another user's password\"}");
  }
}
