package ma.majlis.deliberation;

import java.util.Collection;

/** The votes on a resolution. Abstentions are recorded but are not votes cast (standing rule 5). */
public record VoteTally(int votesFor, int votesAgainst, int votesAbstain) {

  public VoteTally {
    if (votesFor < 0 || votesAgainst < 0 || votesAbstain < 0) {
      throw new IllegalArgumentException("votes cannot be negative");
    }
  }

  /** Counts the roll-call votes that were cast. */
  public static VoteTally count(Collection<VoteChoice> votes) {
    int f = 0;
    int a = 0;
    int x = 0;
    for (VoteChoice v : votes) {
      switch (v) {
        case FOR -> f++;
        case AGAINST -> a++;
        case ABSTAIN -> x++;
      }
    }
    return new VoteTally(f, a, x);
  }

  public int total() {
    return votesFor + votesAgainst + votesAbstain;
  }

  /** True when no more votes were recorded than there are eligible voters on the item. */
  public boolean fitsWithin(int eligibleVoters) {
    return total() <= eligibleVoters;
  }
}
