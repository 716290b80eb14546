package ma.majlis.presentation;

import ma.majlis.identity.Groups;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.AGENDA_ITEM;
import static ma.majlis.presentation.PresentationVariables.ITEM_INDEX;
import static ma.majlis.presentation.PresentationVariables.PLANNED_START;
import static ma.majlis.presentation.PresentationVariables.PRESENTATION_TITLE;
import static ma.majlis.process.SharedVariables.SESSION_KEY;

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
    Inputs inputs = Inputs.of(execution);
    List<String> users = execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(Groups.GENERAL_MANAGEMENT).orderByUserId().asc().list().stream().map(User::getId).toList();
    String title = inputs.optionalString(PRESENTATION_TITLE);
    if (title == null) {
      title = Inputs.text(inputs.optionalJson(AGENDA_ITEM), "title");
    }
    Object itemIndex = execution.getVariable(ITEM_INDEX);
    reminders.remind(new PresentationReminder(sessionKey(execution, inputs),
        itemIndex instanceof Number n ? n.intValue() : null,
        title == null ? "(not drafted yet)" : title,
        inputs.requiredString(PLANNED_START)), users);
  }

  static String sessionKey(DelegateExecution execution, Inputs inputs) {
    String key = inputs.optionalString(SESSION_KEY);
    return key != null ? key : execution.getProcessBusinessKey();
  }
}
