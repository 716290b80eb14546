package ma.majlis.deliberation;

/** A member's vote on a resolution. */
public enum VoteChoice { FOR, AGAINST, ABSTAIN }
