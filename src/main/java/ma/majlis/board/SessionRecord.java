package ma.majlis.board;

import java.time.LocalDateTime;

/** A session as Majlis records it (table {@code board_session}). */
public record SessionRecord(String businessKey, String bodyCode, int year, int number, String kind,
                            LocalDateTime plannedStart, String venue, String format, String healthMeasures,
                            String voteMode, String processInstanceId, String status) {
}
