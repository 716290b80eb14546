package ma.majlis.deliberation;

/** How a session votes: the secretariat records the tally, or each voter casts their own vote. */
public enum VoteMode { TALLY, ROLL_CALL }
