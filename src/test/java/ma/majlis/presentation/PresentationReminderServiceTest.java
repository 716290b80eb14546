package ma.majlis.presentation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ma.majlis.language.Language;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The reminder to general management and its date, without Spring or engine. */
class PresentationReminderServiceTest {

  private final Outbox outbox = mock(Outbox.class);
  private final PresentationReminderService service = new PresentationReminderService(outbox);

  @Test
  void oneReminderPerUserWithTheSessionInTheDedupKey() {
    when(outbox.enqueue(anyString(), anyString(), any(), anyString())).thenReturn(true, false);
    int queued = service.remind(new PresentationReminder("CA-2021-S2", null, "Project Jisr", "2021-12-24T10:00"),
        List.of("director", "deputy"));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Function<Language, Mail>> written = ArgumentCaptor.forClass(Function.class);
    verify(outbox).enqueue(eq("CA-2021-S2/presentation-reminder/director"), eq("director"), written.capture(),
        eq("CA-2021-S2"));
    verify(outbox).enqueue(eq("CA-2021-S2/presentation-reminder/deputy"), eq("deputy"), any(), eq("CA-2021-S2"));
    assertThat(queued).as("the second was already queued").isEqualTo(1);
    Mail french = written.getValue().apply(Language.FR);
    assertThat(french.subject()).contains("CA-2021-S2", "Rappel");
    assertThat(french.text()).contains("« Project Jisr »", "vendredi 24 décembre 2021 à 10:00");
    Mail arabic = written.getValue().apply(Language.AR);
    assertThat(arabic.text()).contains("«Project Jisr»", "الجمعة 24 دجنبر 2021 على الساعة 10:00");
    assertThat(arabic.html()).contains("dir=\"rtl\"", "lang=\"ar\"");
  }

  @Test
  void itemIndexKeepsTwoPresentationsOfOneSessionApart() {
    assertThat(PresentationReminderService.dedupKey(
        new PresentationReminder("CA-2021-S2", 2, "t", "2021-12-24T10:00"), "director"))
        .isEqualTo("CA-2021-S2/presentation-reminder/2/director");
  }

  @Test
  void nobodyToRemindQueuesNothing() {
    assertThat(service.remind(new PresentationReminder("CA-2021-S2", null, "t", "2021-12-24T10:00"), List.of())).isZero();
    verify(outbox, never()).enqueue(anyString(), anyString(), any(), anyString());
  }

  @Test
  void reminderDateIsTheLeadTimeBeforeThePlannedStart() {
    assertThat(InitialisePresentationReviewListener.reminderDate(LocalDateTime.of(2021, 12, 24, 10, 0), Duration.ofDays(7)))
        .isEqualTo(java.util.Date.from(LocalDateTime.of(2021, 12, 17, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    assertThat(new InitialisePresentationReviewListener("PT48H").lead()).isEqualTo(Duration.ofHours(48));
    assertThat(new InitialisePresentationReviewListener(InitialisePresentationReviewListener.DEFAULT_LEAD).lead())
        .isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> new InitialisePresentationReviewListener("7 days"))
        .hasMessageContaining("majlis.presentation.reminder-lead must be an ISO-8601 duration");
  }
}
