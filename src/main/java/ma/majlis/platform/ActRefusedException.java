package ma.majlis.platform;

import org.camunda.bpm.engine.AuthorizationException;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * Majlis refuses an act to the person who attempts it (403), saying who may act: a text of
 * {@code i18n/messages_*.properties} ({@code error.*}) that the REST layer writes in the requester's language; the
 * exception's own message (logs) is the English text.
 */
public class ActRefusedException extends AuthorizationException {

  private final String key;
  private final transient Object[] args;

  public ActRefusedException(String key, Object... args) {
    super(Texts.get(Language.EN, key, args));
    this.key = key;
    this.args = args;
  }

  /** The refusal as the person reads it. */
  public String rule(Language language) {
    return Texts.get(language, key, args);
  }
}
