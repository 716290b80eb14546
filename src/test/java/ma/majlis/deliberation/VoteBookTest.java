package ma.majlis.deliberation;

import ma.majlis.support.H2Database;

import static ma.majlis.deliberation.VoteChoice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roll-call vote book on the real migrations (H2 in memory). */
class VoteBookTest {

  static final String S = "CA-2021-S2";
  JdbcTemplate jdbc;
  VoteBook book;

  @BeforeEach
  void setUp() {
    jdbc = H2Database.migrated();
    book = new VoteBook(jdbc);
    book.issue(S, 4, 1, List.of(new Ballot("member01", null), new Ballot("member01", "member10"),
        new Ballot("member02", null)));
  }

  @Test
  void issuingAgainIssuesNothingMore() {
    book.issue(S, 4, 1, List.of(new Ballot("member01", null)));
    assertThat(jdbc.queryForObject("select count(*) from vote", Integer.class)).isEqualTo(3);
    assertThat(book.ballotsOutstanding(S, 4, 1)).isEqualTo(3);
  }

  @Test
  void votesAreCountedFromTheBook() {
    book.cast(S, 4, 1, new Ballot("member01", null), FOR);
    book.cast(S, 4, 1, new Ballot("member01", "member10"), AGAINST);
    assertThat(book.ballotsOutstanding(S, 4, 1)).isEqualTo(1);
    book.cast(S, 4, 1, new Ballot("member02", null), FOR);
    assertThat(VoteTally.count(book.votesCast(S, 4, 1))).isEqualTo(new VoteTally(2, 1, 0));
    assertThat(book.votesCast(S, 4, 2)).isEmpty();
  }

  @Test
  void aMandateVotesOnce() {
    book.cast(S, 4, 1, new Ballot("member02", null), FOR);
    assertThatThrownBy(() -> book.cast(S, 4, 1, new Ballot("member02", null), AGAINST))
        .hasMessage("the vote of member02 has already been cast on this item");
    assertThat(book.votesCast(S, 4, 1)).containsExactly(FOR);
  }

  @Test
  void nobodyVotesWithoutABallotOrUnderAProxyNotGivenToThem() {
    assertThatThrownBy(() -> book.cast(S, 4, 1, new Ballot("member03", null), FOR))
        .hasMessage("member03 has no ballot on this item");
    assertThatThrownBy(() -> book.cast(S, 4, 1, new Ballot("member02", "member10"), FOR))
        .hasMessage("member02 holds no proxy from member10 on this item");
    assertThatThrownBy(() -> book.cast(S, 4, 1, new Ballot("member02", "member05"), FOR))
        .hasMessage("member02 holds no proxy from member05 on this item");
    assertThat(book.votesCast(S, 4, 1)).isEmpty();
  }

  @Test
  void theUniqueKeyRefusesASecondRowForAMandate() {
    assertThatThrownBy(() -> jdbc.update("insert into vote (session_key, item_index, vote_round, voter_id, mandate_id,"
        + " issued_at) values (?, 4, 1, 'member02', 'member10', current_timestamp)", S))
        .isInstanceOf(DuplicateKeyException.class);
  }
}
