package ma.majlis.api;

import ma.majlis.platform.CurrentUser;
import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import ma.majlis.language.Languages;

/**
 * Lets through to {@code /api/**} (the endpoints, the OpenAPI document and its UI) only the users that
 * {@link ApiReaders} names. The authentication filter of {@code ma.majlis.platform.RestSecurityConfiguration} (HTTP
 * Basic, or the webapps' login for reads) has already authenticated the caller and set the engine's current authentication (user and groups); a request that
 * reaches here without one is answered 401, an authenticated user outside the groups 403.
 */
@Component
public class ApiAccessInterceptor implements HandlerInterceptor {

  private final IdentityService identity;
  private final ObjectMapper json;
  private final Languages languages;

  public ApiAccessInterceptor(IdentityService identity, ObjectMapper json, Languages languages) {
    this.identity = identity;
    this.json = json;
    this.languages = languages;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    String user = CurrentUser.id(identity);
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"majlis\"");
      return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, ApiError.of(ApiError.UNAUTHENTICATED,
          ApiErrorHandler.text(languages, identity, request, "error.api.unauthenticated")));
    }
    // a person's own preferences are his, whatever his groups: PreferencesController checks "himself or an
    // administrator"
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean preferences = path.matches("/api/users/[^/]+/preferences");
    // a session's board book decides who reads it (BoardBookAccess): a committee's external members read their
    // committee's book, the press office and managers none; administrators read the access log
    boolean book = path.matches(BoardBookController.BOOK_PATHS);
    if (!preferences && !book && !ApiReaders.mayRead(CurrentUser.groupIds(identity))) {
      return refuse(response, HttpServletResponse.SC_FORBIDDEN, ApiError.of(ApiError.FORBIDDEN,
          ApiErrorHandler.text(languages, identity, request, "error.api.notAReader",
              "'" + user + "'", String.valueOf(ApiReaders.GROUPS))));
    }
    return true;
  }

  private boolean refuse(HttpServletResponse response, int status, ApiError error) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), error);
    return false;
  }
}
