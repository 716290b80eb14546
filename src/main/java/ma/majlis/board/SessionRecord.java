package ma.majlis.board;

import java.time.LocalDateTime;

/**
 * A session as Majlis records it (table {@code board_session}); its status is written by {@link SessionRegistry}
 * only.
 */
public record SessionRecord(String businessKey, String bodyCode, int year, int number, String kind,
                            LocalDateTime plannedStart, String venue, String format, String healthMeasures,
                            String voteMode, String processInstanceId, SessionStatus status) {
}
