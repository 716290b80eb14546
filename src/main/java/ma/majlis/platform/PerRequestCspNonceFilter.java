package ma.majlis.platform;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;

/**
 * Keeps the webapps' script nonce per request. Camunda 7.24's header filter makes a new nonce for each response's
 * Content Security Policy and stores it in the servlet context ({@link ContentSecurityPolicyProvider#ATTR_CSP_FILTER_NONCE}),
 * and the engines filter reads it back from there to write it into the page's {@code <script nonce>}. The servlet
 * context is shared by every request: when another request passed the header filter in between, the page carried
 * that request's nonce, its own header blocked all its scripts, and Tasklist, Cockpit or Admin stayed on the loading
 * spinner until a reload won the race.
 *
 * <p>Both Camunda filters take the context from {@code request.getServletContext()}. This filter, before them, passes
 * on a request whose context keeps that one attribute in the request and hands everything else to the real context.
 * Jakarta Servlet has no {@code ServletContextWrapper}, hence a proxy. It is needed where the pages are served; other
 * requests still write their nonce into the shared context, which no page reads any more.
 */
public class PerRequestCspNonceFilter implements Filter {

  static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http) {
      chain.doFilter(new NonceInRequest(http), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The request, with a servlet context whose nonce attribute is this request's. */
  static final class NonceInRequest extends HttpServletRequestWrapper {

    private final ServletContext context;

    NonceInRequest(HttpServletRequest request) {
      super(request);
      ServletContext shared = request.getServletContext();
      this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
          new Class<?>[] {ServletContext.class}, (proxy, method, args) -> nonceOrShared(request, shared, method, args));
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }

    private static Object nonceOrShared(HttpServletRequest request, ServletContext shared, Method method, Object[] args)
        throws Throwable {
      if (args != null && args.length > 0 && NONCE.equals(args[0])) {
        switch (method.getName()) {
          case "getAttribute":
            return request.getAttribute(NONCE);
          case "setAttribute":
            request.setAttribute(NONCE, args[1]);
            return null;
          case "removeAttribute":
            request.removeAttribute(NONCE);
            return null;
          default:
            break;
        }
      }
      try {
        return method.invoke(shared, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
