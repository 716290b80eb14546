package ma.majlis.committee;

/** Which body codes are taken (the board {@code CA}, the committees already created). */
@FunctionalInterface
public interface BodyRegistry {

  boolean bodyExists(String code);
}
