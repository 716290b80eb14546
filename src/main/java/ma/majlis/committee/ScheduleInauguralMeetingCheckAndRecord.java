package ma.majlis.committee;

import java.time.LocalDateTime;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import ma.majlis.platform.EngineClock;
import org.springframework.stereotype.Component;

import static ma.majlis.committee.CommitteeVariables.FORMAT;
import static ma.majlis.committee.CommitteeVariables.PLANNED_START;
import static ma.majlis.committee.CommitteeVariables.VENUE;

/** Task_ScheduleInauguralMeeting: a start in the future, a venue and a format; recorded with the committee. */
// the name the process calls it by (every deployed version of committee-establishment)
@Component("scheduleInauguralMeetingCheck")
public class ScheduleInauguralMeetingCheckAndRecord implements TaskListener {

  private final CommitteeService committees;

  public ScheduleInauguralMeetingCheckAndRecord(CommitteeService committees) {
    this.committees = committees;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    LocalDateTime plannedStart = in.requiredDateTime(PLANNED_START);
    LocalDateTime now = EngineClock.localNow();
    if (!plannedStart.isAfter(now)) {
      throw InputRejectedException.of(PLANNED_START, "error.input.inFuture", String.valueOf(plannedStart));
    }
    String venue = in.requiredString(VENUE);
    MeetingFormat format = in.requiredEnum(FORMAT, MeetingFormat.class);
    CommitteeVariables vars = CommitteeVariables.of(task);
    vars.setPlannedStart(plannedStart);
    vars.setVenue(venue);
    vars.setFormat(format);
    // the meeting as scheduled, recorded by this completion for the committee its resolution (the business key)
    // created: the job that starts the inaugural session reads it, not the variables above
    committees.scheduleInaugural(task.getExecution().getProcessBusinessKey(), plannedStart, venue, format);
  }
}
