package ma.majlis.board;

/**
 * How a member attended a session (table {@code attendance}): in person, through another member's proxy, or not.
 * The record, the deliberations' electorate and the minutes all read this one list.
 */
public enum AttendanceStatus { PRESENT, REPRESENTED, ABSENT }
