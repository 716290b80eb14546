package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.WithoutAuthorization;


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
    // the releases the session drafted and the communication office approved, whatever the ids' variables say
    String key = SessionOf.key(execution);
    documents.publishPressReleases(key, documents.currentPressReleases(key),
        WithoutAuthorization.membersOf(identity, Groups.COMMUNICATION));
  }
}
