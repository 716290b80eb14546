package ma.majlis.committee;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;

class ProposeCommitteeMembersCheckAndRecordTest {

  private static final BodyRegistry ONLY_THE_BOARD = code -> code.equals("CA");

  @ParameterizedTest
  @ValueSource(strings = {"CQI", "AU", "ABCDEFGH"})
  void aCodeOfTwoToEightCapitalLettersIsAccepted(String code) {
    assertThat(ProposeCommitteeMembersCheckAndRecord.checkCode(code, ONLY_THE_BOARD)).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "ABCDEFGHI", "cqi", "CQ1", "C-QI", "CQI "})
  void anyOtherCodeIsRefused(String code) {
    assertThatThrownBy(() -> ProposeCommitteeMembersCheckAndRecord.checkCode(code, ONLY_THE_BOARD))
        .hasMessage("committeeCode: must be 2 to 8 capital letters (e.g. CQI), got '" + code + "'");
  }

  @Test
  void theCodeOfAnExistingBodyIsRefused() {
    assertThatThrownBy(() -> ProposeCommitteeMembersCheckAndRecord.checkCode("CA", ONLY_THE_BOARD))
        .hasMessage("committeeCode: 'CA' is already the code of an existing body");
  }

  @Test
  void theChairMustBeOneOfTheBoardMembers() {
    assertThat(ProposeCommitteeMembersCheckAndRecord.checkChair("member02", List.of("member01", "member02"))).isEqualTo("member02");
    assertThatThrownBy(() -> ProposeCommitteeMembersCheckAndRecord.checkChair("ext-cqi-1", List.of("member01", "member02")))
        .hasMessage("committeeChair: must be one of the boardMembers [member01, member02], got 'ext-cqi-1'");
  }

  @Test
  void memberListsAcceptPlainIdsAndDynamicListRowsButNoDuplicates() {
    assertThat(CommitteeMembers.ids("boardMembers", JSON("[\"member01\",{\"memberId\":\"member02\"}]")))
        .containsExactly("member01", "member02");
    assertThatThrownBy(() -> CommitteeMembers.ids("boardMembers", JSON("[\"member01\",\"member01\"]")))
        .hasMessage("boardMembers: 'member01' is listed twice");
  }

  @Test
  void externalMembersNeedAnOrganisationAndAValidEmail() {
    assertThat(CommitteeMembers.externals("externalMembers",
        JSON("[{\"name\":\"Amina Alaoui\",\"organisation\":\"ADS\",\"email\":\"a.alaoui@ads.ma\"}]")))
        .containsExactly(new ExternalMember("Amina Alaoui", "ADS", "a.alaoui@ads.ma"));
    assertThatThrownBy(() -> CommitteeMembers.externals("externalMembers",
        JSON("[{\"name\":\"Amina Alaoui\",\"email\":\"a.alaoui@ads.ma\"}]")))
        .hasMessage("externalMembers: member 1 (Amina Alaoui): organisation is required");
    assertThatThrownBy(() -> CommitteeMembers.externals("externalMembers",
        JSON("[{\"name\":\"Amina Alaoui\",\"organisation\":\"ADS\",\"email\":\"a.alaoui@ads\"}]")))
        .hasMessage("externalMembers: member 1 (Amina Alaoui): email must be a valid e-mail address, got 'a.alaoui@ads'");
  }

  @Test
  void anExternalMembersIdIsDerivedFromTheCommitteeCode() {
    CommitteeSetup setup = new CommitteeSetup("CA-2021-S2-R03", "CQI", "n", "m", List.of(), List.of(), "c", "r",
        ReportingRhythm.YEARLY);
    assertThat(setup.groupId()).isEqualTo("committee-cqi");
    assertThat(setup.externalMemberId(2)).isEqualTo("ext-cqi-2");
  }
}
