package ma.majlis.committee;

/** A committee member from outside the board (a component of the social pole). */
public record ExternalMember(String name, String organisation, String email) {
}
