package ma.majlis.presentation;

import ma.majlis.identity.Groups;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RemindGeneralManagement}: the reminder timer fired while the presentation is still not
 * approved; every user of group {@code general-management} gets a reminder through the outbox.
 */
@Component
public class RemindGeneralManagementDelegate implements JavaDelegate {


  private final PresentationReminderService reminders;

  public RemindGeneralManagementDelegate(PresentationReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PresentationVariables vars = PresentationVariables.of(execution);
    List<String> users = execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(Groups.GENERAL_MANAGEMENT).orderByUserId().asc().list().stream().map(User::getId).toList();
    String title = vars.presentationTitle();
    if (title == null) {
      title = vars.agendaItemTitle();
    }
    reminders.remind(new PresentationReminder(vars.sessionKey(), vars.itemIndex(),
        title == null ? "(not drafted yet)" : title,
        vars.plannedStartText()), users);
  }
}
