package ma.majlis.demo;

import ma.majlis.process.TaskIds;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.majlis.platform.Inputs;
import ma.majlis.agenda.Agenda;

import static ma.majlis.demo.DemoActors.json;
import static org.camunda.spin.Spin.JSON;

/**
 * The demo's story, step by step, each step done by the person who does it in real life (see the acceptance scenario,
 * scenario-2021-s2.md): the 2nd session of the plan's year from its request to its follow-ups, then the sessions in
 * progress. The variables are those the forms (and the scenario test over REST) send; what people type (agenda
 * titles, dossiers, remarks, summaries) is in French, as the institution's secretariat and general management write.
 */
public final class DemoScript {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  // Variable names, from the processes' constants classes.
  private static final String BODY_CODE = ma.majlis.session.SessionVariables.BODY_CODE;
  private static final String SESSION_YEAR = ma.majlis.session.SessionVariables.SESSION_YEAR;
  private static final String SESSION_NUMBER = ma.majlis.session.SessionVariables.SESSION_NUMBER;
  private static final String SESSION_KIND = ma.majlis.session.SessionVariables.SESSION_KIND;
  private static final String PLANNED_START = ma.majlis.session.SessionVariables.PLANNED_START;
  private static final String VENUE = ma.majlis.session.SessionVariables.VENUE;
  private static final String FORMAT = ma.majlis.session.SessionVariables.FORMAT;
  private static final String HEALTH_MEASURES = ma.majlis.session.SessionVariables.HEALTH_MEASURES;
  private static final String VOTE_MODE = ma.majlis.session.SessionVariables.VOTE_MODE;
  private static final String AGENDA = ma.majlis.session.SessionVariables.AGENDA;
  private static final String AGENDA_ITEM = ma.majlis.session.SessionVariables.AGENDA_ITEM;
  private static final String DRAFT_RESOLUTION = ma.majlis.session.SessionVariables.DRAFT_RESOLUTION;
  private static final String DOCUMENT_REF = ma.majlis.session.SessionVariables.DOCUMENT_REF;
  private static final String PROGRAMMES = ma.majlis.session.SessionVariables.PROGRAMMES;
  private static final String BUDGET_LINES = ma.majlis.session.SessionVariables.BUDGET_LINES;
  private static final String COMMITTEE = ma.majlis.session.SessionVariables.COMMITTEE;
  private static final String CONTROLLER_OPINION = ma.majlis.session.SessionVariables.CONTROLLER_OPINION;
  private static final String CONTROLLER_OPINION_TEXT = ma.majlis.session.SessionVariables.CONTROLLER_OPINION_TEXT;
  private static final String APPROVED = ma.majlis.session.SessionVariables.APPROVED;
  private static final String ATTENDANCE_REPLY = ma.majlis.session.SessionVariables.ATTENDANCE_REPLY;
  private static final String PROXY_HOLDER = ma.majlis.session.SessionVariables.PROXY_HOLDER;
  private static final String ATTENDANCE = ma.majlis.session.SessionVariables.ATTENDANCE;
  private static final String OPENING_SUMMARY = ma.majlis.session.SessionVariables.OPENING_SUMMARY;
  private static final String PRESENTATION_REMARKS = ma.majlis.session.SessionVariables.PRESENTATION_REMARKS;
  private static final String CLOSED_AT = ma.majlis.session.SessionVariables.CLOSED_AT;
  private static final String CLOSING_REMARKS = ma.majlis.session.SessionVariables.CLOSING_REMARKS;
  private static final String PRESENTATION_TITLE = ma.majlis.presentation.PresentationVariables.PRESENTATION_TITLE;
  private static final String PRESENTATION_SUMMARY = ma.majlis.presentation.PresentationVariables.PRESENTATION_SUMMARY;
  private static final String KEY_POINTS = ma.majlis.presentation.PresentationVariables.KEY_POINTS;
  private static final String DURATION_MINUTES = ma.majlis.presentation.PresentationVariables.DURATION_MINUTES;
  private static final String DECISION = ma.majlis.presentation.PresentationVariables.DECISION;
  private static final String REMARKS = ma.majlis.presentation.PresentationVariables.REMARKS;
  private static final String RECUSALS = ma.majlis.deliberation.DeliberationVariables.RECUSALS;
  private static final String DEBATE_SUMMARY = ma.majlis.deliberation.DeliberationVariables.DEBATE_SUMMARY;
  private static final String RESOLUTION_TEXT = ma.majlis.deliberation.DeliberationVariables.RESOLUTION_TEXT;
  private static final String VOTES_FOR = ma.majlis.deliberation.DeliberationVariables.VOTES_FOR;
  private static final String VOTES_AGAINST = ma.majlis.deliberation.DeliberationVariables.VOTES_AGAINST;
  private static final String VOTES_ABSTAIN = ma.majlis.deliberation.DeliberationVariables.VOTES_ABSTAIN;
  private static final String FINANCE_DECISION = ma.majlis.budget.BudgetVariables.DECISION;
  private static final String OWNER = ma.majlis.followup.FollowUpVariables.OWNER;
  private static final String DUE_DATE = ma.majlis.followup.FollowUpVariables.DUE_DATE;
  private static final String ACTIONS = ma.majlis.followup.FollowUpVariables.ACTIONS;
  private static final String PROGRESS_REPORT = ma.majlis.followup.FollowUpVariables.PROGRESS_REPORT;
  private static final String DONE = ma.majlis.followup.FollowUpVariables.DONE;
  private static final String COMMITTEE_CODE = ma.majlis.committee.CommitteeVariables.COMMITTEE_CODE;
  private static final String COMMITTEE_NAME = ma.majlis.committee.CommitteeVariables.COMMITTEE_NAME;
  private static final String MANDATE = ma.majlis.committee.CommitteeVariables.MANDATE;
  private static final String BOARD_MEMBERS = ma.majlis.committee.CommitteeVariables.BOARD_MEMBERS;
  private static final String EXTERNAL_MEMBERS = ma.majlis.committee.CommitteeVariables.EXTERNAL_MEMBERS;
  private static final String COMMITTEE_CHAIR = ma.majlis.committee.CommitteeVariables.COMMITTEE_CHAIR;
  private static final String RAPPORTEUR = ma.majlis.committee.CommitteeVariables.RAPPORTEUR;
  private static final String REPORTING_RHYTHM = ma.majlis.committee.CommitteeVariables.REPORTING_RHYTHM;

  static final List<String> MEMBERS = ma.majlis.identity.DemoUsers.BOARD_MEMBERS;

  static final String VENUE_RABAT = "Siège de l'Entraide Nationale, Rabat";

  static final String OPENING_ADDRESS = "Allocution d'ouverture du Président";
  static final String COMMITTEE_NAME_FR = "Convergence, Qualité et Innovation";
  static final String COMMITTEE_MANDATE = "Accompagner et appuyer les travaux de l'établissement en matière de"
      + " convergence, de qualité et d'innovation";

  /** The seed session's agenda (scenario step 2) as the secretariat writes it; %1$d: the year of plan and budget. */
  public static final String AGENDA_2021 = """
      [{"title":"Allocution d'ouverture du Président","kind":"ADDRESS"},
       {"title":"Nouvelle génération de services : projet Jisr, digitalisation et approche verte, espaces multifonctionnels pour la femme dans chaque province","kind":"PRESENTATION","rapporteur":"director"},
       {"title":"Projet de plan d'action %1$d","kind":"DELIBERATION","subject":"ACTION_PLAN"},
       {"title":"Projet de budget %1$d","kind":"DELIBERATION","subject":"BUDGET"},
       {"title":"Création du comité « Convergence, Qualité et Innovation »","kind":"DELIBERATION","subject":"COMMITTEE"}]""";

  /** A balanced budget (illustrative figures, MAD). */
  public static final String BUDGET = """
      [{"heading":"Subvention de l'État","type":"REVENUE","amount":900000000},
       {"heading":"Ressources propres","type":"REVENUE","amount":100000000},
       {"heading":"Programmes d'assistance sociale","type":"EXPENDITURE","amount":700000000},
       {"heading":"Espaces multifonctionnels pour la femme","type":"EXPENDITURE","amount":200000000},
       {"heading":"Digitalisation et fonctionnement","type":"EXPENDITURE","amount":100000000}]""";

  /** The action plan's programmes (scenario step 3). */
  public static final String PROGRAMMES_2022 = """
      [{"title":"Projet Jisr","target":"Rapprocher les services des citoyens","indicator":"Services en ligne"},
       {"title":"Espaces multifonctionnels pour la femme","target":"Un par province dans une première phase","indicator":"Espaces ouverts"},
       {"title":"Digitalisation","target":"Services numériques","indicator":"Procédures digitalisées"},
       {"title":"Approche verte","target":"Empreinte environnementale réduite","indicator":"Consommation d'énergie"}]""";

  static final String COMMITTEE_DOSSIER = """
      {"name":"Convergence, Qualité et Innovation","mission":"Accompagner et appuyer les travaux de l'établissement en matière de convergence, de qualité et d'innovation","composition":"Membres du Conseil et composantes du pôle social"}""";

  private final DemoActors act;
  private final DemoPlan plan;

  DemoScript(DemoActors act, DemoPlan plan) {
    this.act = act;
    this.plan = plan;
  }

  void play() {
    closedSession();
    followUps();
    nextSession();
    extraordinarySession();
  }

  // ---------------------------------------------------------------- the 2nd session of the year, steps 1 to 12

  private void closedSession() {
    String key = plan.closedSession();
    int nextYear = plan.year() + 1;

    // 1. The integration portal requests the session, 23 days ahead.
    act.at(plan.december(1, 9, 0));
    act.start("integration", key, sessionRequest(plan.year(), 2, "ORDINARY", plan.december(24, 10, 0).toString(),
        "Mesures préventives contre la COVID-19 en vigueur", "TALLY"));

    // 2. The secretariat prepares the agenda.
    act.at(plan.december(1, 9, 30));
    act.complete(act.single(key, TaskIds.PREPARE_AGENDA), Map.of(AGENDA, json(String.format(AGENDA_2021, nextYear))));
    act.runDueJobs(); // the items open in a job after the agenda (Gateway_PrepareItems)

    // 3. General management prepares the dossiers (a balanced budget).
    int minute = 0;
    for (Task dossier : act.open(key, TaskIds.PREPARE_ITEM_DOSSIER)) {
      act.at(plan.december(1, 10, minute));
      minute += 20;
      String subject = subjectOf(dossier);
      Map<String, Object> vars = new HashMap<>();
      vars.put(DOCUMENT_REF, "EN/" + key + "/" + subject);
      switch (subject) {
        case "ACTION_PLAN" -> {
          vars.put(DRAFT_RESOLUTION, "Le Conseil d'administration approuve le plan d'action de l'Entraide Nationale"
              + " au titre de l'année " + nextYear + ".");
          vars.put(PROGRAMMES, json(PROGRAMMES_2022));
        }
        case "BUDGET" -> {
          vars.put(DRAFT_RESOLUTION, "Le Conseil d'administration approuve le budget de l'Entraide Nationale au titre"
              + " de l'année " + nextYear + ".");
          vars.put(BUDGET_LINES, json(BUDGET));
        }
        default -> {
          vars.put(DRAFT_RESOLUTION, "Le Conseil d'administration approuve la création du comité « "
              + COMMITTEE_NAME_FR + " ».");
          vars.put(COMMITTEE, json(COMMITTEE_DOSSIER));
        }
      }
      act.complete(dossier, vars);
    }

    // 4. The presentation: drafted, one revision asked, revised, approved.
    Map<String, Object> presentation = new HashMap<>(Map.of(PRESENTATION_TITLE, "Une nouvelle génération de services",
        PRESENTATION_SUMMARY, "Projet Jisr, digitalisation et approche verte, espaces multifonctionnels pour la femme",
        KEY_POINTS, json("[\"Projet Jisr\",\"Digitalisation et approche verte\","
            + "\"Espaces multifonctionnels pour la femme\"]"),
        DOCUMENT_REF, "EN/DG/" + plan.year() + "-12", DURATION_MINUTES, 30));
    act.at(plan.december(1, 11, 30));
    act.complete(act.single(key, TaskIds.DRAFT_PRESENTATION), presentation);
    act.at(plan.december(1, 12, 0));
    act.complete(act.single(key, TaskIds.REVIEW_PRESENTATION),
        Map.of(DECISION, "REVISE", REMARKS, "Préciser le nombre de provinces concernées"));
    presentation.put(PRESENTATION_SUMMARY, "Projet Jisr, digitalisation et approche verte, espaces multifonctionnels"
        + " pour la femme : un dans chaque province dans une première phase");
    act.at(plan.december(1, 14, 0));
    act.complete(act.single(key, TaskIds.DRAFT_PRESENTATION), presentation);
    act.at(plan.december(1, 15, 0));
    act.complete(act.single(key, TaskIds.REVIEW_PRESENTATION), Map.of(DECISION, "APPROVE"));
    act.runDueJobs();

    // 5. The state controller's opinion on the budget.
    act.at(plan.december(1, 16, 0));
    act.complete(act.single(key, TaskIds.GIVE_CONTROLLER_OPINION), Map.of(CONTROLLER_OPINION, "FAVOURABLE",
        CONTROLLER_OPINION_TEXT, "Le budget est équilibré et sincère."));
    act.runDueJobs();

    // 6. The chair approves the agenda and the convocation; the convocations go out (notice 23 days).
    act.at(plan.december(1, 17, 0));
    act.complete(act.single(key, TaskIds.APPROVE_CONVOCATION), Map.of(APPROVED, true));
    act.runDueJobs();

    // 7. The members reply: 9 present, member10's proxy to member01, member09 and member11 absent.
    for (int i = 0; i < MEMBERS.size(); i++) {
      String member = MEMBERS.get(i);
      act.at(plan.december(2 + i / 3, 9 + 2 * (i % 3), 15));
      Map<String, Object> reply = switch (member) {
        case "member10" -> Map.of(ATTENDANCE_REPLY, "PROXY", PROXY_HOLDER, "member01");
        case "member09", "member11" -> Map.of(ATTENDANCE_REPLY, "ABSENT");
        default -> Map.of(ATTENDANCE_REPLY, "PRESENT");
      };
      act.complete(act.assigned(member, key, TaskIds.CONFIRM_ATTENDANCE), reply);
    }
    act.runDueJobs();

    // 8. The session day: the secretariat records the attendance as replied (quorum 10 of 12).
    act.at(plan.december(24, 10, 0));
    act.runDueJobs();
    act.at(plan.december(24, 10, 5));
    Task record = act.single(key, TaskIds.RECORD_ATTENDANCE);
    // the state controller attends with his advisory voice: the minutes name him from this record
    act.complete(record, Map.of(ATTENDANCE, json(act.json(record, ATTENDANCE).toString()),
        ma.majlis.session.SessionVariables.CONTROLLER_PRESENT, true));

    // 9. Opening address and the presentation's remarks.
    act.at(plan.december(24, 10, 15));
    act.complete(act.single(key, TaskIds.RECORD_OPENING), Map.of(OPENING_SUMMARY,
        "Le Président a salué les efforts de l'établissement pour surmonter les effets économiques et sociaux de la"
            + " pandémie."));
    act.at(plan.december(24, 10, 45));
    act.complete(act.single(key, TaskIds.RECORD_PRESENTATION),
        Map.of(PRESENTATION_REMARKS, "Les membres ont salué la nouvelle approche."));

    // 10. Three deliberations: no recusal, 10 for, 0 against, 0 abstentions.
    for (int item = 0; item < 3; item++) {
      act.at(plan.december(24, 11, 20 * item));
      act.runDueJobs();
      act.complete(act.single(key, TaskIds.DECLARE_INTERESTS), Map.of(RECUSALS, json("[]")));
      act.runDueJobs();
      act.at(plan.december(24, 11, 20 * item + 10));
      Task debate = act.single(key, TaskIds.RECORD_DEBATE);
      act.complete(debate, Map.of(DEBATE_SUMMARY, "Après une large discussion.",
          RESOLUTION_TEXT, act.variable(debate, RESOLUTION_TEXT)));
      act.at(plan.december(24, 11, 20 * item + 15));
      act.complete(act.single(key, TaskIds.RECORD_VOTE_TALLY), Map.of(VOTES_FOR, 10, VOTES_AGAINST, 0, VOTES_ABSTAIN, 0));
      act.runDueJobs();
    }

    // 11.-12. The session closes; then whatever the session still asks (minutes, press release), in order.
    act.at(plan.december(24, 12, 30));
    act.complete(act.single(key, TaskIds.CLOSE_SESSION), Map.of(CLOSED_AT, plan.december(24, 12, 30).toString(),
        CLOSING_REMARKS, "Le Président a remercié les membres et le personnel de l'établissement."));
    act.runDueJobs();
    afterClose(key);
  }

  /**
   * After the close, the session may still ask for the minutes and the press release (Task_ReviewMinutes,
   * Task_SignMinutes, Task_ApprovePressRelease): each open step of the session is done by its person, one working day
   * apart, until none is left. A step the demo does not know is left open, and said so.
   */
  private void afterClose(String key) {
    for (int day = 27; day <= 31; day++) {
      List<Task> open = act.open(key);
      if (open.isEmpty()) {
        return;
      }
      act.at(plan.december(day, 10, 0));
      for (Task task : open) {
        Map<String, Object> answer = switch (task.getTaskDefinitionKey()) {
          // the secretariat keeps the minutes as drafted: texts not submitted keep their current versions
          case TaskIds.REVIEW_MINUTES -> Map.of();
          case TaskIds.SIGN_MINUTES, TaskIds.APPROVE_PRESS_RELEASE -> Map.of(APPROVED, true);
          default -> null;
        };
        if (answer == null) {
          LOG.warn("Demo data: {} of {} is left open (the demo does not know this step)",
              task.getTaskDefinitionKey(), key);
          return;
        }
        act.complete(task, answer);
        act.runDueJobs();
      }
    }
  }

  // ---------------------------------------------------------------- steps 13 to 15: the follow-ups

  private void followUps() {
    // 14. The Ministry of Finance approves the budget: executory.
    act.at(plan.nextYear(1, 5, 10, 0));
    act.runDueJobs();
    act.complete(act.single(plan.resolution(2), TaskIds.REVIEW_BUDGET), Map.of(FINANCE_DECISION, "APPROVE"));
    act.runDueJobs();

    // The action plan's follow-up: general management takes it on, due at mid-year.
    act.at(plan.nextYear(1, 6, 10, 0));
    act.complete(act.single(plan.resolution(1), TaskIds.ASSIGN_FOLLOW_UP), Map.of(OWNER, "director",
        DUE_DATE, plan.nextYear(6, 30, 0, 0).toLocalDate().toString(),
        ACTIONS, json("[\"Lancer le projet Jisr dans les premières provinces\","
            + "\"Ouvrir les premiers espaces multifonctionnels pour la femme\","
            + "\"Digitaliser les premières procédures\"]")));
    act.runDueJobs();

    // 15. The committee: proposed by the secretariat, appointed by the chair, created, its first session requested.
    String resolution = plan.resolution(3);
    act.at(plan.nextYear(1, 10, 9, 0));
    act.complete(act.single(resolution, TaskIds.PROPOSE_COMMITTEE_MEMBERS), Map.of(
        COMMITTEE_CODE, plan.committeeCode(), COMMITTEE_NAME, COMMITTEE_NAME_FR, MANDATE, COMMITTEE_MANDATE,
        BOARD_MEMBERS, json("[\"member01\",\"member02\",\"member03\"]"),
        EXTERNAL_MEMBERS, json("""
            [{"name":"Amina Benali","organisation":"Agence de Développement Social","email":"amina@ads.example"},
             {"name":"Karim Alaoui","organisation":"Observatoire National du Développement Humain","email":"karim@ondh.example"}]"""),
        COMMITTEE_CHAIR, "member01", RAPPORTEUR, "member02", REPORTING_RHYTHM, "QUARTERLY"));
    act.at(plan.nextYear(1, 11, 10, 0));
    act.complete(act.single(resolution, TaskIds.APPOINT_COMMITTEE), Map.of(APPROVED, true));
    act.runDueJobs();
    act.at(plan.nextYear(1, 12, 9, 0));
    act.complete(act.single(resolution, TaskIds.SCHEDULE_INAUGURAL_MEETING), Map.of(
        PLANNED_START, plan.inauguralStart().toString(), VENUE, VENUE_RABAT, FORMAT, "HYBRID"));
    act.runDueJobs();
    act.single(plan.inauguralSession(), TaskIds.PREPARE_AGENDA);
    act.log("session " + plan.inauguralSession() + " waits for its agenda (secretariat)");

    // The first progress report on the action plan: under way, not done.
    act.at(plan.nextYear(1, 31, 16, 0));
    act.complete(act.assigned("director", plan.resolution(1), TaskIds.REPORT_PROGRESS), Map.of(PROGRESS_REPORT,
        "Projet Jisr lancé dans trois provinces ; les premiers espaces multifonctionnels pour la femme sont en cours"
            + " d'aménagement.",
        DONE, false));
    act.runDueJobs();

    // The due date passes with the actions not done: the chair is told (when the plan's mid-year is past).
    LocalDateTime overdue = plan.nextYear(7, 1, 0, 5);
    if (overdue.toLocalDate().isBefore(plan.today())) {
      act.at(overdue);
      act.runDueJobs();
    }
  }

  // ---------------------------------------------------------------- the sessions in progress, dated from today

  /** Convened three weeks ahead of today; the chair and four members have replied, member01 has not yet. */
  private void nextSession() {
    DemoPlan.PlannedSession session = plan.next();
    String key = session.key();
    act.at(plan.daysAgo(12, 9, 0));
    act.start("secretary", key, sessionRequest(session.year(), session.number(), "ORDINARY",
        session.plannedStart().toString(), null, "ROLL_CALL"));

    act.at(plan.daysAgo(12, 10, 0));
    Task prepare = act.single(key, TaskIds.PREPARE_AGENDA);
    SpinJsonNode agenda = prefilled(prepare);
    if (!hasSubject(agenda, "MINUTES_APPROVAL")) {
      agenda.append(item("Approbation du procès-verbal de la session " + plan.closedSession(), "DELIBERATION",
          "MINUTES_APPROVAL", null));
    }
    agenda.append(item("Point d'avancement du plan d'action " + (plan.year() + 1), "PRESENTATION", null, "director"));
    agenda.append(item("Rapport annuel et états financiers " + plan.year(), "DELIBERATION", "OTHER", null));
    act.complete(prepare, Map.of(AGENDA, json(agenda.toString())));
    act.runDueJobs(); // the items open in a job after the agenda (Gateway_PrepareItems)

    act.at(plan.daysAgo(11, 10, 0));
    dossiers(key);
    act.at(plan.daysAgo(10, 11, 0));
    for (Task draft : act.open(key, TaskIds.DRAFT_PRESENTATION)) {
      act.complete(draft, Map.of(PRESENTATION_TITLE, "État d'avancement du plan d'action",
          PRESENTATION_SUMMARY, "Projet Jisr, espaces multifonctionnels pour la femme, digitalisation : ce qui est"
              + " réalisé, ce qui reste à faire",
          KEY_POINTS, json("[\"Projet Jisr\",\"Espaces multifonctionnels pour la femme\",\"Digitalisation\"]"),
          DOCUMENT_REF, "EN/DG/" + key, DURATION_MINUTES, 20));
    }
    act.at(plan.daysAgo(9, 15, 0));
    for (Task review : act.open(key, TaskIds.REVIEW_PRESENTATION)) {
      act.complete(review, Map.of(DECISION, "APPROVE"));
    }
    act.runDueJobs();
    for (Task opinion : act.open(key, TaskIds.GIVE_CONTROLLER_OPINION)) {
      act.complete(opinion, Map.of(CONTROLLER_OPINION, "FAVOURABLE", CONTROLLER_OPINION_TEXT, "Aucune observation."));
    }
    act.runDueJobs();

    act.at(plan.daysAgo(8, 17, 0));
    act.complete(act.single(key, TaskIds.APPROVE_CONVOCATION), Map.of(APPROVED, true));
    act.runDueJobs();

    List<String> replied = List.of("chair", "member02", "member03", "member04", "member05");
    for (int i = 0; i < replied.size(); i++) {
      act.at(plan.daysAgo(7 - i, 9 + i, 30));
      act.complete(act.assigned(replied.get(i), key, TaskIds.CONFIRM_ATTENDANCE),
          Map.of(ATTENDANCE_REPLY, replied.get(i).equals("member05") ? "ABSENT" : "PRESENT"));
    }
    act.runDueJobs();
    act.log("session " + key + " waits for 7 replies (member01 and member06 to member11)");
  }

  /** Requested by the secretariat, prepared, and waiting for the chair's approval of its convocation. */
  private void extraordinarySession() {
    DemoPlan.PlannedSession session = plan.extraordinary();
    String key = session.key();
    act.at(plan.daysAgo(2, 9, 0));
    act.start("secretary", key, sessionRequest(session.year(), session.number(), "EXTRAORDINARY",
        session.plannedStart().toString(), null, "TALLY"));
    act.at(plan.daysAgo(2, 11, 0));
    Task prepare = act.single(key, TaskIds.PREPARE_AGENDA);
    SpinJsonNode agenda = prefilled(prepare);
    agenda.append(item("Convention de partenariat avec le pôle social", "DELIBERATION", "OTHER", null));
    act.complete(prepare, Map.of(AGENDA, json(agenda.toString())));
    act.runDueJobs(); // the items open in a job after the agenda (Gateway_PrepareItems)
    act.at(plan.daysAgo(1, 10, 0));
    dossiers(key);
    act.at(plan.daysAgo(1, 14, 0));
    for (Task draft : act.open(key, TaskIds.DRAFT_PRESENTATION)) {
      act.complete(draft, Map.of(PRESENTATION_TITLE, "Partenariat avec le pôle social",
          PRESENTATION_SUMMARY, "La convention et ce qu'elle apporte aux bénéficiaires",
          KEY_POINTS, json("[\"La convention\",\"Les engagements des partenaires\"]"),
          DOCUMENT_REF, "EN/DG/" + key, DURATION_MINUTES, 15));
    }
    for (Task review : act.open(key, TaskIds.REVIEW_PRESENTATION)) {
      act.complete(review, Map.of(DECISION, "APPROVE"));
    }
    act.runDueJobs();
    for (Task opinion : act.open(key, TaskIds.GIVE_CONTROLLER_OPINION)) {
      act.complete(opinion, Map.of(CONTROLLER_OPINION, "FAVOURABLE", CONTROLLER_OPINION_TEXT, "Aucune observation."));
    }
    act.runDueJobs();
    act.single(key, TaskIds.APPROVE_CONVOCATION);
    act.log("session " + key + " waits for the chair's approval of its convocation");
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Object> sessionRequest(int year, int number, String kind, String plannedStart,
                                                    String healthMeasures, String voteMode) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(BODY_CODE, "CA");
    vars.put(SESSION_YEAR, year);
    vars.put(SESSION_NUMBER, number);
    vars.put(SESSION_KIND, kind);
    vars.put(PLANNED_START, plannedStart);
    vars.put(VENUE, VENUE_RABAT);
    vars.put(FORMAT, "IN_PERSON");
    if (healthMeasures != null) {
      vars.put(HEALTH_MEASURES, healthMeasures);
    }
    vars.put(VOTE_MODE, voteMode);
    return vars;
  }

  /** General management's dossier for each deliberation item, by subject (budgets balanced). */
  private void dossiers(String key) {
    for (Task dossier : act.open(key, TaskIds.PREPARE_ITEM_DOSSIER)) {
      String subject = subjectOf(dossier);
      String title = Inputs.text(act.json(dossier, AGENDA_ITEM), Agenda.TITLE);
      Map<String, Object> vars = new HashMap<>();
      vars.put(DOCUMENT_REF, "EN/" + key + "/" + subject);
      vars.put(DRAFT_RESOLUTION, "Le Conseil d'administration approuve : " + title + ".");
      switch (subject) {
        case "ACTION_PLAN" -> vars.put(PROGRAMMES, json(PROGRAMMES_2022));
        case "BUDGET" -> vars.put(BUDGET_LINES, json(BUDGET));
        case "COMMITTEE" -> vars.put(COMMITTEE, json(COMMITTEE_DOSSIER));
        default -> { }
      }
      act.complete(dossier, vars);
    }
  }

  private String subjectOf(Task dossier) {
    return Inputs.text(act.json(dossier, AGENDA_ITEM), Agenda.SUBJECT);
  }

  /**
   * The agenda the task proposes (opening address and what waits for the body's next session), or an empty one; the
   * secretariat writes the opening address's title in French.
   */
  private SpinJsonNode prefilled(Task prepare) {
    SpinJsonNode proposed = act.json(prepare, AGENDA);
    SpinJsonNode agenda = proposed != null && proposed.isArray() ? JSON(proposed.toString()) : JSON("[]");
    for (SpinJsonNode item : agenda.elements()) {
      if (Agenda.ItemKind.ADDRESS.name().equals(Inputs.text(item, Agenda.KIND))) {
        item.prop(Agenda.TITLE, OPENING_ADDRESS);
      }
    }
    return agenda;
  }

  private static boolean hasSubject(SpinJsonNode agenda, String subject) {
    return agenda.elements().stream().anyMatch(item -> subject.equals(Inputs.text(item, Agenda.SUBJECT)));
  }

  private static SpinJsonNode item(String title, String kind, String subject, String rapporteur) {
    SpinJsonNode item = JSON("{}");
    item.prop(Agenda.TITLE, title);
    item.prop(Agenda.KIND, kind);
    if (subject != null) {
      item.prop(Agenda.SUBJECT, subject);
    }
    if (rapporteur != null) {
      item.prop(Agenda.RAPPORTEUR, rapporteur);
    }
    return item;
  }
}
