package ma.majlis.support;

import java.util.List;

/** The demo board (body CA): its twelve voting members, and attendance lists built from them for tests. */
public final class Board {

  public static final List<String> MEMBERS = ma.majlis.identity.DemoUsers.BOARD_MEMBERS;

  private Board() {
  }

  /**
   * The attendance Json the secretariat records: the first {@code present} members present, the next
   * {@code represented} represented by the first ones (one proxy each), the others absent.
   */
  public static String attendance(int present, int represented) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < MEMBERS.size(); i++) {
      String status = i < present ? "PRESENT" : i < present + represented ? "REPRESENTED" : "ABSENT";
      json.append(i > 0 ? "," : "").append("{\"memberId\":\"").append(MEMBERS.get(i)).append("\",\"status\":\"")
          .append(status).append('"');
      if (status.equals("REPRESENTED")) {
        json.append(",\"proxyHolder\":\"").append(MEMBERS.get(i - present)).append('"');
      }
      json.append('}');
    }
    return json.append(']').toString();
  }
}
