package ma.majlis.platform;

import ma.majlis.process.ProcessKeys;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine REST API is closed to anonymous callers, and a user sees and completes only what is theirs. */
class RestSecurityTest extends ApplicationTest {

  @Autowired
  TaskService taskService;

  @Test
  void anonymousCallsAreRefusedWith401() {
    assertThat(rest.get(null, "/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(rest.post(null, "/engine-rest/process-definition/key/board-session/start", "{}").status())
        .isEqualTo(401);
  }

  @Test
  void unknownUserIsRefusedWith401() {
    assertThat(rest.get("nobody", "/engine-rest/process-definition").status()).isEqualTo(401);
  }

  @Test
  void demoUsersAreAuthenticatedAndSeeTheProcesses() {
    Response response = rest.get("secretary", "/engine-rest/process-definition?key=board-session");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().findValuesAsText("key")).contains(ProcessKeys.BOARD_SESSION);
  }

  @Test
  void secretariatSeesTheStartFormOfABoardSession() {
    Response form = rest.get("secretary", "/engine-rest/process-definition/key/board-session/deployed-start-form");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(form.json().path("id").asText()).isEqualTo("start-session");
  }

  @Test
  void aMemberNeitherSeesNorCompletesAnotherMembersTask() {
    Task task = taskService.newTask();
    task.setName("Confirm your attendance");
    task.setAssignee("member01");
    taskService.saveTask(task);
    try {
      assertThat(rest.get("member01", "/engine-rest/task?assignee=member01").json().findValuesAsText("id"))
          .contains(task.getId());
      Response list = rest.get("member02", "/engine-rest/task");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().findValuesAsText("id")).doesNotContain(task.getId());
      Response complete = rest.post("member02", "/engine-rest/task/" + task.getId() + "/complete", "{}");
      assertThat(complete.status()).as(complete.toString()).isEqualTo(403);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  void managersSeeNoTasklistFilterButMembersSeeMyTasks() {
    assertThat(rest.get("manager", "/engine-rest/filter").json().size()).isZero();
    assertThat(rest.get("member01", "/engine-rest/filter").json().findValuesAsText("name")).containsExactly("My tasks");
    assertThat(rest.get("secretary", "/engine-rest/filter").json().findValuesAsText("name"))
        .contains("My tasks", "Board secretariat");
  }

  @Test
  void completingAnUnknownTaskIs404() {
    Response response = rest.post("secretary", "/engine-rest/task/no-such-task/complete", "{}");
    assertThat(response.status()).as(response.toString()).isEqualTo(404);
  }
}
