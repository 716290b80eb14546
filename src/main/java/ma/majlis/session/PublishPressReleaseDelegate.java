package ma.majlis.session;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.WithoutAuthorization;

import static ma.majlis.session.SessionVariables.*;

/** Publishes the approved releases and tells the communication office. */
@Component
public class PublishPressReleaseDelegate implements JavaDelegate {

  private final SessionDocuments documents;
  private final IdentityService identity;

  public PublishPressReleaseDelegate(SessionDocuments documents, IdentityService identity) {
    this.documents = documents;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.publishPressReleases(Inputs.of(execution).requiredString(SESSION_KEY),
        DraftPressReleaseDelegate.of(execution), WithoutAuthorization.membersOf(identity, Groups.COMMUNICATION));
  }
}
