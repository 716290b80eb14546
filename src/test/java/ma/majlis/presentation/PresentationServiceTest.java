package ma.majlis.presentation;

import ma.majlis.support.H2Database;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The approved presentations on the real migrations (H2), without Spring. */
class PresentationServiceTest {

  private PresentationService service;

  @BeforeEach
  void setUp() {
    service = new PresentationService(H2Database.migrated());
  }

  private static ApprovedPresentation approved(String session, Integer item, int version, String processInstance) {
    return new ApprovedPresentation(null, session, item, "New generation of services", version, "Title v" + version,
        "Summary", List.of("Project Jisr", "Green approach"), "DG/2021/114", 30, "secretary", "SECRETARIAT",
        Instant.parse("2021-12-10T09:00:00Z"), processInstance, null);
  }

  @Test
  void storesTheApprovedVersionAndReadsItBack() {
    long id = service.recordApproved(approved("CA-2021-S2", 1, 2, "pi-1"));
    ApprovedPresentation read = service.findById(id).orElseThrow();
    assertThat(read.id()).isEqualTo(id);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.keyPoints()).containsExactly("Project Jisr", "Green approach");
    assertThat(read.approvedBy()).isEqualTo("secretary");
    assertThat(read.approvedAt()).isEqualTo(Instant.parse("2021-12-10T09:00:00Z"));
    assertThat(read.itemIndex()).isEqualTo(1);
  }

  @Test
  void recordingTheSameReviewTwiceKeepsOneRow() {
    long first = service.recordApproved(approved("CA-2021-S2", 1, 1, "pi-1"));
    assertThat(service.recordApproved(approved("CA-2021-S2", 1, 1, "pi-1"))).isEqualTo(first);
    assertThat(service.findApproved("CA-2021-S2")).hasSize(1);
  }

  @Test
  void findApprovedGivesTheLatestApprovalPerItemInAgendaOrder() {
    service.recordApproved(approved("CA-2021-S2", 3, 1, "pi-a"));
    service.recordApproved(approved("CA-2021-S2", 1, 1, "pi-b"));
    service.recordApproved(approved("CA-2021-S2", 1, 2, "pi-c"));
    service.recordApproved(approved("CA-2022-S1", 1, 1, "pi-d"));
    assertThat(service.findApproved("CA-2021-S2")).extracting(ApprovedPresentation::itemIndex,
        ApprovedPresentation::version).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2),
        org.assertj.core.groups.Tuple.tuple(3, 1));
  }

  @Test
  void membersRemarksAreKeptForTheMinutes() {
    long id = service.recordApproved(approved("CA-2021-S2", 1, 1, "pi-1"));
    service.recordSessionRemarks(id, "Members praised the new approach");
    assertThat(service.findApproved("CA-2021-S2").get(0).sessionRemarks()).isEqualTo("Members praised the new approach");
    assertThatThrownBy(() -> service.recordSessionRemarks(999, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
