package ma.majlis.platform;

import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.spin.json.SpinJsonNode;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Json variables read over REST are Json (issue #16). With the engine's default {@code deserializeValues=true}, the
 * REST layer puts the variable's Spin node in the answer and Jackson wrote that object's bean properties
 * ({@code {"nodeType":"OBJECT","array":false,…}}); an integrator reading {@code agenda} must get the agenda. The
 * REST layer's object mapper is Camunda's ({@link JacksonConfigurator}'s settings) with one serializer more: a Spin
 * Json node is written as the Json it holds. On {@code /engine-rest} ({@link MajlisRestConfig}) and on the webapps'
 * engine API ({@code /camunda/api/engine}, through {@link Discoverable}, as {@link RestErrorsDiscoverable} does for
 * errors). With {@code deserializeValues=false} (what Cockpit and Tasklist ask for) nothing changes: the value is the
 * Json text, as before.
 *
 * <p>The mapper is made once: Camunda's resolver makes a new one, with empty serializer caches, for every request.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(1)
public class JsonVariableValues implements ContextResolver<ObjectMapper> {

  private static volatile ObjectMapper mapper;

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ObjectMapper m = mapper;
    if (m == null) {
      // made at the first request, after Camunda's servlet listeners have set the date format they configure
      m = JacksonConfigurator.configureObjectMapper(new ObjectMapper()).registerModule(module());
      mapper = m;
    }
    return m;
  }

  /** The Jackson module that writes a Spin Json node as its Json. */
  public static SimpleModule module() {
    return new SimpleModule("majlis-spin-json").addSerializer(SpinJsonNode.class, new SpinJsonSerializer());
  }

  static final class SpinJsonSerializer extends StdSerializer<SpinJsonNode> {
    SpinJsonSerializer() {
      super(SpinJsonNode.class);
    }

    @Override
    public void serialize(SpinJsonNode node, JsonGenerator generator, SerializerProvider provider) throws IOException {
      Object raw = node.unwrap();
      if (raw instanceof JsonNode json) {
        generator.writeTree(json);
      } else {
        generator.writeRawValue(node.toString());
      }
    }
  }

  /** Puts the resolver in every JAX-RS application of the server (found through {@code META-INF/services}). */
  public static class Discoverable implements AutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(JsonVariableValues.class)) {
        context.register(JsonVariableValues.class);
      }
    }
  }
}
