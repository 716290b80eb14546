package ma.majlis.platform;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every call to the engine REST API and to Majlis's read API is authenticated with HTTP Basic against the
 * engine's identity service; the authenticated user and groups then drive the engine's authorization checks (and
 * the read API's own check, {@code ma.majlis.api.ApiReaders}). A refusal is 401 with a {@code {type, message}} body.
 * In front of it, and of the webapps' login, repeated failed logins are slowed per client and user
 * ({@link LoginThrottleFilter}, 429); behind it, {@code /engine-rest/identity/verify} is for administrators only.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("majlis-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
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

  /** After the authentication: {@code /engine-rest/identity/verify} for administrators only. */
  @Bean
  public FilterRegistrationBean<IdentityVerifyGuard> identityVerifyGuard(IdentityService identity) {
    FilterRegistrationBean<IdentityVerifyGuard> registration = new FilterRegistrationBean<>(
        new IdentityVerifyGuard(identity));
    registration.setName("majlis-identity-verify-guard");
    registration.addUrlPatterns("/engine-rest/identity/verify");
    registration.setOrder(2);
    return registration;
  }
}
