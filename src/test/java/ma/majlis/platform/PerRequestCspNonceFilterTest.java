package ma.majlis.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the filter passes on (a plain unit test; {@code WebappCspNonceTest} shows the race it closes in the running
 * application): the nonce Camunda writes into the servlet context stays in the request that wrote it, and every other
 * use of the context reaches the shared one.
 */
class PerRequestCspNonceFilterTest {

  private final MockServletContext shared = new MockServletContext();

  @Test
  void twoRequestsInterleavedEachReadTheirOwnNonce() throws Exception {
    ServletContext first = passedOn(new MockHttpServletRequest(shared)).getServletContext();
    ServletContext second = passedOn(new MockHttpServletRequest(shared)).getServletContext();

    // as the header filter does for each, then the engines filter reads back: the order that mixed them up
    first.setAttribute(PerRequestCspNonceFilter.NONCE, "first");
    second.setAttribute(PerRequestCspNonceFilter.NONCE, "second");

    assertThat(first.getAttribute(PerRequestCspNonceFilter.NONCE)).isEqualTo("first");
    assertThat(second.getAttribute(PerRequestCspNonceFilter.NONCE)).isEqualTo("second");
    assertThat(shared.getAttribute(PerRequestCspNonceFilter.NONCE)).as("the shared context's").isNull();

    first.removeAttribute(PerRequestCspNonceFilter.NONCE);
    assertThat(first.getAttribute(PerRequestCspNonceFilter.NONCE)).isNull();
    assertThat(second.getAttribute(PerRequestCspNonceFilter.NONCE)).isEqualTo("second");
  }

  @Test
  void everythingElseIsTheSharedContexts() throws Exception {
    ServletContext context = passedOn(new MockHttpServletRequest(shared)).getServletContext();

    context.setAttribute("camunda.app.path", "/camunda");
    assertThat(shared.getAttribute("camunda.app.path")).isEqualTo("/camunda");
    shared.setInitParameter("configFile", "security.json");
    assertThat(context.getInitParameter("configFile")).isEqualTo("security.json");
    assertThat(context.getContextPath()).isEqualTo(shared.getContextPath());
    // an exception of the shared context comes as itself, not wrapped by the proxy
    assertThatThrownBy(() -> context.setInitParameter(null, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  private static ServletRequest passedOn(MockHttpServletRequest request) throws Exception {
    List<ServletRequest> passed = new ArrayList<>();
    new PerRequestCspNonceFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> passed.add(req));
    assertThat(passed).hasSize(1);
    return passed.get(0);
  }
}
