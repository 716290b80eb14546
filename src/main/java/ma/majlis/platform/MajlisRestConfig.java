package ma.majlis.platform;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API, as the Camunda starter configures it, with Majlis's error mapping in place of Camunda's
 * handlers for engine and REST exceptions and for request bodies that are not Json: see {@link RestErrorMapper}; Json
 * variables are written as Json: see {@link JsonVariableValues}.
 */
@Component
public class MajlisRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
        .filter(c -> c != RestExceptionHandler.class && c != ProcessEngineExceptionHandler.class
            && c != JsonParseExceptionHandler.class && c != JsonMappingExceptionHandler.class)
        .collect(Collectors.toSet());
    registerClasses(configuration);
    register(RestErrorMapper.ForRestException.class);
    register(RestErrorMapper.ForProcessEngineException.class);
    register(RestErrorMapper.ForJsonParseException.class);
    register(RestErrorMapper.ForJsonMappingException.class);
    register(JsonVariableValues.class);
  }
}
