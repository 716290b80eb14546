package ma.majlis.session;

import ma.majlis.board.SessionOf;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.boardbook.BoardFile;
import ma.majlis.boardbook.BoardFiles;
import ma.majlis.platform.EveryUserTask;

import static org.camunda.spin.Spin.JSON;

/**
 * Members read the papers from where they work (issue #14): when "Confirm your attendance" or "Cast your vote" is
 * created, a task-local Json list {@code boardBookFiles} of {@code {name, href}}, the latest version of each file of
 * the session (for a vote, of the item voted on), that the form shows as links beside the pack's. The links open with
 * the Tasklist login; a file replaced since leads to its latest version. Shown, not taken: no task's contract names
 * it.
 */
@Component
public class BoardBookLinks implements EveryUserTask {

  public static final String BOARD_BOOK_FILES = "boardBookFiles";

  private final BoardFiles files;

  public BoardBookLinks(BoardFiles files) {
    this.files = files;
  }

  @Override
  public void notify(DelegateTask task) {
    String definition = task.getTaskDefinitionKey();
    if (!"Task_ConfirmAttendance".equals(definition) && !"Task_CastVote".equals(definition)) {
      return;
    }
    String key = SessionOf.key(task.getExecution());
    Integer item = "Task_CastVote".equals(definition) ? itemIndex(task.getExecution().getVariable(
        SessionVariables.AGENDA_ITEM)) : null;
    List<BoardFile> shown = files.latest(key).stream().filter(f -> item == null || f.itemIndex() == item).toList();
    SpinJsonNode links = JSON("[]");
    for (BoardFile file : shown) {
      SpinJsonNode link = JSON("{}");
      link.prop("name", (item == null ? file.itemIndex() + ". " : "") + file.name());
      link.prop("href", "/api/sessions/" + key + "/files/" + file.id());
      links.append(link);
    }
    task.setVariableLocal(BOARD_BOOK_FILES, SpinValues.jsonValue(links.toString()).create());
  }

  private static Integer itemIndex(Object agendaItem) {
    if (agendaItem instanceof SpinJsonNode node && node.hasProp("itemIndex")
        && node.prop("itemIndex").isNumber()) {
      return node.prop("itemIndex").numberValue().intValue();
    }
    return -1;
  }
}
