package ma.majlis.board;

/** A body that holds sessions: the board ({@code CA}) or a committee it created. */
public record Body(String code, String name, String groupId) {
}
