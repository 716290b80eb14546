package ma.majlis.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The read API under {@code /api}: Spring MVC controllers (the engine REST API is Jersey's, under
 * {@code /engine-rest}), the access check on every {@code /api/**} request, and the OpenAPI description served at
 * {@code /api/openapi.json} with its browsable UI at {@code /api/docs} (both behind the same authentication).
 */
@Configuration
public class ApiConfiguration implements WebMvcConfigurer {

  public static final String BASIC_AUTH = "basic";

  private final ApiAccessInterceptor access;

  public ApiConfiguration(ApiAccessInterceptor access) {
    this.access = access;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(access).addPathPatterns("/api/**");
  }

  @Bean
  public OpenAPI majlisOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Majlis read API").version("1")
            .description("Read-only access to the board's sessions, the resolution register and the session "
                + "documents. Every call is authenticated with HTTP Basic against Majlis's users (as the engine "
                + "REST API at /engine-rest); members of the groups " + ApiReaders.GROUPS + " may read. Errors "
                + "are {\"type\", \"message\"} with 400 (a bad parameter, named), 401 (no or wrong credentials), "
                + "403 (not in those groups) and 404 (unknown key)."))
        .components(new Components().addSecuritySchemes(BASIC_AUTH,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
  }

  /**
   * Every operation of the read API answers 401 without (or with wrong) credentials and 403 to a user outside the
   * readers' groups: said once here, for all of them, rather than on each operation.
   */
  @Bean
  public org.springdoc.core.customizers.OpenApiCustomizer readersResponses() {
    return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      io.swagger.v3.oas.models.responses.ApiResponses responses = operation.getResponses();
      responses.putIfAbsent("401", error("no or wrong credentials"));
      responses.putIfAbsent("403", error("the user is not in a group that may read"));
    }));
  }

  private static io.swagger.v3.oas.models.responses.ApiResponse error(String description) {
    return new io.swagger.v3.oas.models.responses.ApiResponse().description(description)
        .content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/json",
            new io.swagger.v3.oas.models.media.MediaType().schema(
                new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/ApiError"))));
  }
}
