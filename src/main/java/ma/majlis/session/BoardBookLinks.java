package ma.majlis.session;

import ma.majlis.process.TaskIds;

import ma.majlis.board.SessionOf;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.boardbook.BoardFile;
import ma.majlis.boardbook.BoardFiles;
import ma.majlis.language.Language;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;

import static org.camunda.spin.Spin.JSON;

/**
 * Members read the papers from where they work (issue #14): "Confirm your attendance" and "Cast your vote" show a
 * Json list {@code boardBookFiles} of {@code {name, href}}, the latest version of each file of the session (for a
 * vote, of the item voted on), as links beside the pack's. Read from the board book each time the form is read
 * ({@link ShownValues}), never stored: a file attached or replaced since the task was created is listed. The links
 * open with the Tasklist login. Shown, not taken: no task's contract names it.
 */
@Component
public class BoardBookLinks implements ShownValues {

  public static final String BOARD_BOOK_FILES = "boardBookFiles";

  private final BoardFiles files;

  public BoardBookLinks(BoardFiles files) {
    this.files = files;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    String definition = task.definitionKey();
    String key = task.businessKey();
    if (key == null || !TaskIds.CONFIRM_ATTENDANCE.equals(definition) && !TaskIds.CAST_VOTE.equals(definition)) {
      return;
    }
    Integer item = TaskIds.CAST_VOTE.equals(definition) ? itemIndex(task.json(SessionVariables.AGENDA_ITEM)) : null;
    List<BoardFile> listed = files.latest(key).stream().filter(f -> item == null || f.itemIndex() == item).toList();
    SpinJsonNode links = JSON("[]");
    for (BoardFile file : listed) {
      SpinJsonNode link = JSON("{}");
      link.prop("name", (item == null ? file.itemIndex() + ". " : "") + file.name());
      link.prop("href", "/api/sessions/" + key + "/files/" + file.id());
      links.append(link);
    }
    shown.put(BOARD_BOOK_FILES, SpinValues.jsonValue(links.toString()).create());
  }

  private static Integer itemIndex(SpinJsonNode agendaItem) {
    if (agendaItem != null && agendaItem.hasProp("itemIndex") && agendaItem.prop("itemIndex").isNumber()) {
      return agendaItem.prop("itemIndex").numberValue().intValue();
    }
    return -1;
  }
}
