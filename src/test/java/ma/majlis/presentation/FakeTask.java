package ma.majlis.presentation;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import static org.camunda.spin.Spin.JSON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A task's variables in a map, for unit tests of the checks without an engine (no execution, no services). */
final class FakeTask {

  final Map<String, Object> variables = new HashMap<>();
  final DelegateTask task = mock(DelegateTask.class);

  FakeTask(String eventName, String assignee) {
    when(task.getEventName()).thenReturn(eventName);
    when(task.getAssignee()).thenReturn(assignee);
    when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(task.getVariableLocal(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(task).setVariable(anyString(), any());
    doAnswer(call -> variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(task).setVariableLocal(anyString(), any());
    doAnswer(call -> variables.remove(call.<String>getArgument(0))).when(task).removeVariable(anyString());
    doAnswer(call -> variables.remove(call.<String>getArgument(0))).when(task).removeVariableLocal(anyString());
  }

  FakeTask with(String name, Object value) {
    variables.put(name, value);
    return this;
  }

  private static Object unwrap(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return JSON(serializable.getValueSerialized());
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }
}
