package ma.majlis.agenda;

import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static org.camunda.spin.Spin.JSON;

/**
 * The rules of an agenda: ordered items {@code {title, kind, subject, rapporteur}}, at least one; a kind among
 * {@link ItemKind}; a subject among {@link Subject}, required for a deliberation and absent otherwise. Checking
 * also normalises: every item gets its position ({@code itemIndex}, from 1).
 */
public final class Agenda {

  /** {@code FOLLOW_UP}: the table of the body's open and overdue follow-ups (rule 10), no vote. */
  public enum ItemKind { ADDRESS, PRESENTATION, DELIBERATION, FOLLOW_UP }

  public enum Subject { ACTION_PLAN, BUDGET, COMMITTEE, MINUTES_APPROVAL, OTHER, CORRECTION }

  /** How an item is voted; absent, the session's vote mode. */
  public enum ItemVoteMode { TALLY, ROLL_CALL, SECRET }

  public static final String TITLE = "title";
  public static final String KIND = "kind";
  public static final String SUBJECT = "subject";
  public static final String RAPPORTEUR = "rapporteur";
  public static final String ITEM_INDEX = "itemIndex";
  /** A deliberation's vote mode ({@link ItemVoteMode}); absent, the session's. */
  public static final String VOTE_MODE = "voteMode";
  /** The number of the resolution a {@code CORRECTION} corrects. */
  public static final String CORRECTS = "corrects";
  /** Whether the state controller gives his opinion on the item's dossier; always true for a {@code BUDGET}. */
  public static final String CONTROLLER_OPINION_REQUESTED = "controllerOpinionRequested";
  /** Set on an item that came from the body's waiting list (see PendingAgendaItems). */
  public static final String PENDING_ITEM_ID = "pendingItemId";

  private Agenda() {
  }

  /** Checks the agenda and returns it normalised; refusals name the item (1-based) and the field. */
  /** A session's agenda has at most this many items (a board's agenda fits in one sitting). */
  public static final int MAX_ITEMS = 50;

  public static SpinJsonNode check(String variable, SpinJsonNode agenda) {
    if (agenda == null || !agenda.isArray() || agenda.elements().isEmpty()) {
      throw InputRejectedException.of(variable, "error.agenda.empty");
    }
    List<SpinJsonNode> items = agenda.elements();
    if (items.size() > MAX_ITEMS) {
      throw InputRejectedException.of(variable, "error.agenda.tooMany", String.valueOf(MAX_ITEMS),
          String.valueOf(items.size()));
    }
    SpinJsonNode normalised = JSON("[]");
    for (int i = 0; i < items.size(); i++) {
      SpinJsonNode item = items.get(i);
      String where = variable + "[" + (i + 1) + "]";
      if (!item.isObject()) {
        throw InputRejectedException.of(where, "error.input.object", "{title, kind, subject, rapporteur}");
      }
      String title = Inputs.text(item, TITLE);
      if (title == null) {
        throw InputRejectedException.of(where + "." + TITLE, "error.input.requiredShort");
      }
      if (title.length() > 500) {
        throw InputRejectedException.of(where + "." + TITLE, "error.input.maxLength", "500");
      }
      ItemKind kind = parse(where + "." + KIND, Inputs.text(item, KIND), ItemKind.class);
      String subjectText = Inputs.text(item, SUBJECT);
      Subject subject = null;
      if (kind == ItemKind.DELIBERATION) {
        if (subjectText == null) {
          throw InputRejectedException.of(where + "." + SUBJECT, "error.agenda.subjectRequired",
              Inputs.names(Subject.class));
        }
        subject = parse(where + "." + SUBJECT, subjectText, Subject.class);
      }
      SpinJsonNode out = JSON("{}");
      out.prop(ITEM_INDEX, i + 1);
      out.prop(TITLE, title);
      out.prop(KIND, kind.name());
      if (subject != null) {
        out.prop(SUBJECT, subject.name());
      }
      if (kind == ItemKind.DELIBERATION) {
        String mode = Inputs.text(item, VOTE_MODE);
        if (mode != null) {
          out.prop(VOTE_MODE, parse(where + "." + VOTE_MODE, mode, ItemVoteMode.class).name());
        }
        String corrects = Inputs.text(item, CORRECTS);
        if (subject == Subject.CORRECTION) {
          if (corrects == null) {
            throw InputRejectedException.of(where + "." + CORRECTS, "error.agenda.correctsRequired");
          }
          out.prop(CORRECTS, corrects.trim());
        } else if (corrects != null) {
          throw InputRejectedException.of(where + "." + CORRECTS, "error.agenda.correctsOnlyForCorrection");
        }
        out.prop(CONTROLLER_OPINION_REQUESTED, subject == Subject.BUDGET || flag(item, CONTROLLER_OPINION_REQUESTED));
      }
      String rapporteur = Inputs.text(item, RAPPORTEUR);
      if (rapporteur != null) {
        out.prop(RAPPORTEUR, rapporteur);
      }
      if (item.hasProp(PENDING_ITEM_ID) && item.prop(PENDING_ITEM_ID).isNumber()) {
        out.prop(PENDING_ITEM_ID, item.prop(PENDING_ITEM_ID).numberValue().longValue());
      }
      normalised.append(out);
    }
    return normalised;
  }

  private static boolean flag(SpinJsonNode item, String name) {
    if (!item.hasProp(name) || item.prop(name).isNull()) {
      return false;
    }
    SpinJsonNode value = item.prop(name);
    return value.isBoolean() ? value.boolValue() : "true".equalsIgnoreCase(value.isValue() ? String.valueOf(value.value()) : "");
  }

  /** Whether the state controller gives an opinion on this (normalised) item. */
  public static boolean controllerOpinionRequested(SpinJsonNode item) {
    return Subject.BUDGET.name().equals(Inputs.text(item, SUBJECT)) || flag(item, CONTROLLER_OPINION_REQUESTED);
  }

  private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
    if (value == null) {
      throw InputRejectedException.of(field, "error.input.requiredOneOf", Inputs.names(type));
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.of(field, "error.input.oneOf", Inputs.names(type), Inputs.quoted(value));
    }
  }
}
