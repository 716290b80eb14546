package ma.majlis.deliberation;

import ma.majlis.platform.Inputs;
import org.camunda.spin.json.SpinJsonNode;

/** The agenda item under deliberation, as the session passes it ({@code agendaItem} Json). */
public record DeliberationItem(int itemIndex, String title, String subject, String draftResolution) {

  public static DeliberationItem fromJson(SpinJsonNode item) {
    if (item == null || !item.isObject()) {
      throw new IllegalArgumentException("agendaItem: the session must pass the agenda item as a Json object");
    }
    String index = Inputs.text(item, "itemIndex");
    if (index == null || !index.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("agendaItem.itemIndex: the session must number the agenda item, got " + index);
    }
    String title = Inputs.text(item, "title");
    if (title == null) {
      throw new IllegalArgumentException("agendaItem.title: the agenda item has no title");
    }
    String subject = Inputs.text(item, "subject");
    return new DeliberationItem(Integer.parseInt(index), title, subject == null ? "OTHER" : subject,
        Inputs.text(item, "draftResolution"));
  }
}
