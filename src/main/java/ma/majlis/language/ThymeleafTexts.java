package ma.majlis.language;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Thymeleaf's {@code #{key(args)}} from {@link Texts}, in the language of the template's context locale: Majlis's
 * pages and emails read the same message files as everything else.
 */
public final class ThymeleafTexts implements IMessageResolver {

  /**
   * A template engine over the HTML templates of the classpath folder {@code templates/<folder>/}, read as UTF-8,
   * whose {@code #{key(args)}} are Majlis's texts: the engine of Majlis's pages and emails.
   */
  public static TemplateEngine htmlTemplates(String folder) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafTexts.class.getClassLoader());
    resolver.setPrefix("templates/" + folder + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new ThymeleafTexts());
    return engine;
  }

  @Override
  public String getName() {
    return "majlis-texts";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
    Language language = Language.parse(context.getLocale() == null ? null : context.getLocale().getLanguage())
        .orElse(Language.EN);
    if (!Texts.has(Language.EN, key)) {
      return null;
    }
    Object[] args = parameters == null ? new Object[0] : parameters;
    return Texts.get(language, key, args);
  }

  @Override
  public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
      Object[] parameters) {
    throw new IllegalArgumentException("No text '" + key + "' in i18n/messages_*.properties");
  }
}
