package ma.majlis.platform;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * In the processes' expressions, a name of one of Majlis's own beans ({@code ${confirmAttendanceCheckAndRecord}},
 * {@code ${sessionMembers.voting(execution)}}) is that bean, before any process variable (issue #17).
 *
 * <p>The engine looks a name up among the variables first, then among Spring's beans. To learn that no variable has
 * a step's listener's name, it loads the variables of every scope from the task up to the process instance: a member's
 * reply to the convocation loaded the variables of the replies' loop and of the session's instance, two statements
 * that nothing else needed, on each of the 12 replies. Looking Majlis's beans up first sends none.
 *
 * <p>It also means that no variable can stand in for a step's code: the engine's order let a variable named like a
 * listener (set in Cockpit, or by anyone allowed to write the instance's variables) replace it, and the step then
 * failed, or ran what the variable held. Only Majlis's beans (classes of {@code ma.majlis}) come first: a variable
 * named like one of the libraries' beans still reads as the variable. {@code Session2021S2Test} checks that no
 * variable of the acceptance scenario is named like one of Majlis's beans, which would hide it from expressions.
 */
@Component
public class BeansBeforeVariablesPlugin extends AbstractProcessEnginePlugin {

  private static final String OWN_PACKAGE = "ma.majlis.";

  private final ApplicationContext context;

  public BeansBeforeVariablesPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new ExpressionManager(context, configuration.getBeans()));
  }

  /** Whether {@code name} is the name of one of Majlis's own beans in {@code context}. */
  public static boolean isOwnBean(ApplicationContext context, String name) {
    if (!context.containsBean(name)) {
      return false;
    }
    Class<?> type = context.getType(name);
    return type != null && type.getName().startsWith(OWN_PACKAGE);
  }

  /** Spring's expression manager, with Majlis's beans looked up before the variables. */
  static class ExpressionManager extends SpringExpressionManager {

    ExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
      super(context, beans);
    }

    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolvers = new CompositeELResolver();
      resolvers.add(new OwnBeans(applicationContext));
      resolvers.add(super.createElResolver());
      return resolvers;
    }
  }

  /** Resolves a top-level name to one of Majlis's beans; anything else is left to the engine's resolvers. */
  static class OwnBeans extends ELResolver {

    private final ApplicationContext context;
    /** Names found to be Majlis's beans: the beans do not change once the context runs. */
    private final Map<String, Boolean> own = new ConcurrentHashMap<>();

    OwnBeans(ApplicationContext context) {
      this.context = context;
    }

    private boolean isOwn(Object base, Object property) {
      if (base != null || !(property instanceof String name)) {
        return false;
      }
      // names that are not beans (variables: memberId, execution...) are not kept: containsBean is a map lookup
      return context.containsBean(name) && own.computeIfAbsent(name, n -> isOwnBean(context, n));
    }

    @Override
    public Object getValue(ELContext elContext, Object base, Object property) {
      if (!isOwn(base, property)) {
        return null;
      }
      elContext.setPropertyResolved(true);
      return context.getBean((String) property);
    }

    @Override
    public Class<?> getType(ELContext elContext, Object base, Object property) {
      if (!isOwn(base, property)) {
        return null;
      }
      elContext.setPropertyResolved(true);
      return Object.class;
    }

    @Override
    public void setValue(ELContext elContext, Object base, Object property, Object value) {
      if (isOwn(base, property)) {
        throw new ProcessEngineException("Cannot set '" + property + "': it is one of Majlis's beans");
      }
    }

    @Override
    public boolean isReadOnly(ELContext elContext, Object base, Object property) {
      if (!isOwn(base, property)) {
        return false;
      }
      elContext.setPropertyResolved(true);
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext elContext, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext elContext, Object base) {
      return Object.class;
    }
  }
}
