package ma.majlis.platform;

import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts {@link RestErrorMapper} in every JAX-RS application of the server, found by Jersey through
 * {@code META-INF/services}: {@code /engine-rest} (which also registers it, see {@link MajlisRestConfig}) and the
 * webapps' own engine API that Tasklist and Cockpit call ({@code /camunda/api/engine}), whose application class
 * Camunda fixes. Its mappers carry {@code @Priority(1)}, so they win over Camunda's handlers of the same exceptions:
 * a person in Tasklist gets the same 400/403/404/409 and plain messages as an integrator.
 */
public class RestErrorsDiscoverable implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {RestErrorMapper.ForRestException.class,
        RestErrorMapper.ForProcessEngineException.class, RestErrorMapper.ForJsonParseException.class,
        RestErrorMapper.ForJsonMappingException.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
