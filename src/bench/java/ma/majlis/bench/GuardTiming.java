package ma.majlis.bench;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The REST guard's own time (platform/RestInputGuard: the task looked up, its contract, the body's variables
 * checked), measured in the benchmark's application only: its filter is wrapped so that the time from the request
 * entering the guard to the guard passing it on is recorded, per kind of request ("guard: complete", "guard:
 * start", "guard: other"), while {@link #timings} is set (the REST figure's measured seconds). The rest of the
 * request (the engine, the step's checks) is not in it.
 */
final class GuardTiming {

  /** Where the guard's times go; null: not recorded. */
  static volatile Timings timings;

  private GuardTiming() {
  }

  /** Wraps the filter of the bean {@code restInputGuard} (RestSecurityConfiguration) with the timer. */
  static BeanPostProcessor wrapper() {
    return new BeanPostProcessor() {
      @Override
      @SuppressWarnings({"rawtypes", "unchecked"})
      public Object postProcessAfterInitialization(Object bean, String name) {
        if ("restInputGuard".equals(name) && bean instanceof FilterRegistrationBean registration) {
          Filter guard = registration.getFilter();
          registration.setFilter(timed(guard));
        }
        return bean;
      }
    };
  }

  private static Filter timed(Filter guard) {
    return new Filter() {
      @Override
      public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        Timings into = timings;
        if (into == null || !(request instanceof HttpServletRequest http)) {
          guard.doFilter(request, response, chain);
          return;
        }
        String path = http.getRequestURI();
        String kind = !"POST".equals(http.getMethod()) ? "other" : path.endsWith("/complete")
            || path.endsWith("/submit-form") && path.contains("/task/") ? "complete"
            : path.endsWith("/start") || path.endsWith("/submit-form") ? "start" : "other";
        long start = System.nanoTime();
        long[] passed = {0};
        guard.doFilter(request, response, (req, res) -> {
          passed[0] = System.nanoTime();
          chain.doFilter(req, res);
        });
        // a refused request never reaches the chain: its whole time is the guard's
        into.record("guard: " + kind, (passed[0] == 0 ? System.nanoTime() : passed[0]) - start);
      }

      @Override
      public void init(jakarta.servlet.FilterConfig config) throws ServletException {
        guard.init(config);
      }

      @Override
      public void destroy() {
        guard.destroy();
      }
    };
  }
}
