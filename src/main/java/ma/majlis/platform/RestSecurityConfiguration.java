package ma.majlis.platform;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every call to the engine REST API and to Majlis's read API is authenticated with HTTP Basic against the
 * engine's identity service (a read of the read API also with the webapps' login, {@link ApiAuthenticationFilter}); the authenticated user and groups then drive the engine's authorization checks (and
 * the read API's own check, in package {@code api}, which depends on this one, not the reverse). A refusal is 401 with a {@code {type, message}} body.
 * In front of it, and of the webapps' login, repeated failed logins are slowed per client and user
 * ({@link LoginThrottleFilter}, 429); behind it, {@link RestInputGuard} keeps direct writes (variables, jobs,
 * {@code /engine-rest/identity/verify}) for administrators.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("majlis-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, JsonBasicAuthenticationProvider.class.getName()));
    registration.setOrder(1);
    return registration;
  }

  /** The read API: HTTP Basic as above, or the webapps' login for reads ({@link ApiAuthenticationFilter}). */
  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter() {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter());
    registration.setName("majlis-api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, JsonBasicAuthenticationProvider.class.getName()));
    registration.setOrder(1);
    return registration;
  }

  /** Before anything checks a password: failed logins slowed per client and user ({@link LoginThrottle}). */
  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
        new LoginThrottleFilter(throttle));
    registration.setName("majlis-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", LoginThrottleFilter.WEBAPP_LOGIN + "*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * After authentication: the variables a request may give the engine (each task's contract, types and bounds) and
   * the writes only administrators make, see {@link RestInputGuard}. Also on the webapps' engine API, which Tasklist
   * submits its forms to.
   */
  @Bean
  public FilterRegistrationBean<RestInputGuard> restInputGuard(ObjectProvider<TaskContracts> contracts,
      ObjectProvider<ProcessEngine> engine, ObjectProvider<org.springframework.jdbc.core.JdbcTemplate> jdbc) {
    FilterRegistrationBean<RestInputGuard> registration = new FilterRegistrationBean<>(new RestInputGuard(
        contracts::getObject, () -> engine.getObject().getTaskService(),
        () -> engine.getObject().getRepositoryService(), () -> engine.getObject().getIdentityService(),
        jdbc::getIfAvailable));
    registration.setName("majlis-rest-input-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(2);
    return registration;
  }

  /**
   * The webapps' pages carry their own response's script nonce, see {@link PerRequestCspNonceFilter}. Camunda's own
   * filters are mapped after every filter Spring registers, so this one runs before its header filter. Only where
   * Camunda serves the pages ({@code /camunda/app/*}): the webapps' API calls write a nonce into the shared context
   * too, but none reads it back, and they go on untouched.
   */
  @Bean
  public FilterRegistrationBean<PerRequestCspNonceFilter> perRequestCspNonceFilter() {
    FilterRegistrationBean<PerRequestCspNonceFilter> registration = new FilterRegistrationBean<>(
        new PerRequestCspNonceFilter());
    registration.setName("majlis-csp-nonce-per-request");
    registration.addUrlPatterns("/camunda/app/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * After the guard: Tasklist's forms, task names and process names in the language of the person they are for, and
   * the values a form shows computed when it is read, see {@link LocalizingFilter}.
   */
  @Bean
  public FilterRegistrationBean<LocalizingFilter> localizingFilter(ObjectProvider<ma.majlis.language.Languages> languages,
      ObjectProvider<ShownTasks> shown) {
    FilterRegistrationBean<LocalizingFilter> registration = new FilterRegistrationBean<>(new LocalizingFilter(
        languages::getObject, shown::getObject));
    registration.setName("majlis-localizing");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(3);
    return registration;
  }
}
