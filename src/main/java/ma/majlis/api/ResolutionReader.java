package ma.majlis.api;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import ma.majlis.budget.BudgetApprovals;
import ma.majlis.committee.CommitteeService;
import ma.majlis.deliberation.Resolution;
import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.followup.FollowUp;
import ma.majlis.followup.FollowUps;

/** The register and one resolution with what follows from it: budget approval, committee, follow-up. */
@Component
public class ResolutionReader {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
  };

  private final ResolutionRegister register;
  private final BudgetApprovals budgets;
  private final CommitteeService committees;
  private final FollowUps followUps;
  private final ObjectMapper json;

  public ResolutionReader(ResolutionRegister register, BudgetApprovals budgets, CommitteeService committees,
                          FollowUps followUps, ObjectMapper json) {
    this.register = register;
    this.budgets = budgets;
    this.committees = committees;
    this.followUps = followUps;
    this.json = json;
  }

  public PageView<ResolutionSummary> page(ResolutionRegister.Filter filter, int page, int size) {
    long total = register.count(filter);
    List<ResolutionSummary> items = register.search(filter, page * size, size).stream()
        .map(ResolutionSummary::of).toList();
    return new PageView<>(items, page, size, total);
  }

  public Optional<ResolutionView> find(String number) {
    return register.find(number).map(this::view);
  }

  private ResolutionView view(Resolution r) {
    ResolutionView.BudgetView budget = budgets.find(r.number())
        .map(b -> new ResolutionView.BudgetView(b.status().name(), b.executory(), b.submittedAt(), b.decidedAt(),
            b.remarks()))
        .orElse(null);
    ResolutionView.CommitteeView committee = committees.createdBy(r.number())
        .map(c -> new ResolutionView.CommitteeView(c.code(), c.name(), c.mandate(), c.chair(), c.rapporteur(),
            c.reportingRhythm(), c.createdAt(), c.groupId()))
        .orElse(null);
    FollowUp f = followUps.find(r.number());
    ResolutionView.FollowUpView followUp = f == null ? null
        : new ResolutionView.FollowUpView(f.owner(), f.dueDate(), strings(f.actions()), f.status().name(),
            f.lastReport(), f.doneAt());
    String supersedes = register.superseded(r.number()).map(Resolution::number).orElse(null);
    return new ResolutionView(r.number(), r.sessionKey(), r.itemIndex(), r.voteRound(), r.itemTitle(), r.subject(),
        r.finalText(), r.voteMode(), r.votesFor(), r.votesAgainst(), r.votesAbstain(), strings(r.recusals()),
        r.castingVote(), r.outcome(), r.registeredAt(), r.supersededBy(), supersedes,
        "/api/sessions/" + r.sessionKey(), budget, committee, followUp);
  }

  private List<String> strings(String jsonArray) {
    if (jsonArray == null || jsonArray.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(jsonArray, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a Json array of strings: " + jsonArray, e);
    }
  }
}
