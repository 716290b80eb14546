package ma.majlis.platform;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.builder.xml.XMLMapperEntityResolver;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The engine's task query with its authorization check written as {@code EXISTS} (issue #17: a group's page as
 * Tasklist asks for it).
 *
 * <p>The engine checks that the reader may see a task by joining the task to every grant of the reader (his user, his
 * groups, {@code '*'}) on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, then removing the duplicate rows with
 * {@code DISTINCT}. PostgreSQL cannot hash that {@code OR}: for each of a group's 2,000 open tasks it probes the grants
 * three times and rechecks the grants on {@code '*'} each time, and a group's page (the list and its count) spends most
 * of its time there. Written as three {@code EXISTS}, one per resource id, the same check lets PostgreSQL hash the task
 * and definition grants once and evaluate the grants on {@code '*'} once per query.
 *
 * <p>The plugin does not copy the engine's mapping: at start-up it reads the engine's own task query
 * ({@code selectTaskByQueryCriteria}, its count and the criteria they share, from the engine's {@code Task.xml}),
 * changes two elements of the criteria (the join with the grants, kept only for the checks the {@code EXISTS} form does
 * not cover; the condition on the joined grants, replaced by {@link #AUTHORIZATION_CHECK}), registers the result under
 * its own names and maps the engine's two statements to them. Every other criterion, the ordering, the paging, the
 * tenant check and the engine's other authorization paths (revoked grants, composite checks) are the engine's, as
 * written in the jar that runs. Should the engine's mapping change so that either element is not found exactly once,
 * the engine does not start: the plugin fails rather than run a check it cannot vouch for.
 *
 * <p>{@code majlis.engine.task-grants-as-exists=false} turns it off (the engine's own query).
 */
@Component
public class TaskGrantsAsExistsPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskGrantsAsExistsPlugin.class);

  /** The engine's task mapping, read from its jar. */
  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String ENGINE_TASK_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  static final String ENGINE_AUTHORIZATION_NAMESPACE =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";
  /** Not a class name, so that MyBatis binds no mapper interface to it. */
  static final String NAMESPACE = "ma.majlis.platform.taskGrantsAsExists";
  static final String SUFFIX = "_grantsAsExists";

  /** The engine's statements this plugin replaces, by the names the engine asks for. */
  static final List<String> STATEMENTS = List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");
  /** The fragment of the engine's mapping that both share: the criteria, where the authorization check is. */
  static final String CRITERIA = "selectTaskByQueryCriteriaSql";

  /** When the EXISTS form applies: the engine's non-revoke check, without composite checks. */
  static final String EXISTS_APPLIES = "authCheck.shouldPerformAuthorizatioCheck and authCheck.authUserId != null"
      + " and !authCheck.revokeAuthorizationCheckEnabled and (authCheck.permissionChecks.compositeChecks == null"
      + " or authCheck.permissionChecks.compositeChecks.size == 0)";

  /**
   * The reader's grants that allow one of the check's permissions: the same conditions as the engine's joined
   * sub-select ({@code authCheckJoinWithoutOnClauseWithBinding}), without the resource id.
   */
  static final String READERS_GRANTS = """
      <sql id="readersGrants">
        select 1 from ${prefix}ACT_RU_AUTHORIZATION A
        where A.TYPE_ &lt; 2
        and ( A.USER_ID_ in ( #{authCheck.authUserId, jdbcType=VARCHAR}, '*')
        <if test="authGroupIds != null and authGroupIds.size > 0">
          or A.GROUP_ID_ in <foreach item="item" index="index" collection="authGroupIds" open="(" separator=","
            close=")">#{item}</foreach>
        </if>
        )
        <include refid="%s.atomicChecksOnResourceTypeAndPerms"/>
      </sql>
      """.formatted(ENGINE_AUTHORIZATION_NAMESPACE);

  /**
   * The condition that replaces the engine's {@code contextualAuthorizationCheck} in the task criteria: a grant on the
   * task, on its process definition's key or on {@code '*'} (the grants on {@code '*'} first: they hold for every task,
   * and PostgreSQL evaluates that uncorrelated {@code EXISTS} once); a task of a case instance when the engine joins
   * the grants with a left join (CMMN on), as the engine does. Elsewhere, the engine's own check.
   */
  static final String AUTHORIZATION_CHECK = """
      <sql id="authorizationCheck">
        <choose>
          <when test="%s">
            <bind name="authGroupIds" value="authCheck.authGroupIds" />
            <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
            <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
            and (
            <if test="applyAuthorizationCheckForCaseInstances">
              (RES.CASE_EXECUTION_ID_ IS NOT NULL) or
            </if>
            exists (<include refid="%s.readersGrants"/> and A.RESOURCE_ID_ = '*')
            or exists (<include refid="%s.readersGrants"/> and A.RESOURCE_ID_ = RES.ID_)
            or exists (<include refid="%s.readersGrants"/> and A.RESOURCE_ID_ = D.KEY_)
            )
          </when>
          <otherwise>
            <include refid="%s.contextualAuthorizationCheck"/>
          </otherwise>
        </choose>
      </sql>
      """.formatted(EXISTS_APPLIES, NAMESPACE, NAMESPACE, NAMESPACE, ENGINE_AUTHORIZATION_NAMESPACE);

  private static final Set<String> DATABASES = Set.of("postgres", "h2");

  /** The switch, on unless set to false; {@link CustomPlansWithoutExistsCheck} reads the same. */
  static final String SWITCH = "${majlis.engine.task-grants-as-exists:true}";

  private final boolean enabled;

  @org.springframework.beans.factory.annotation.Autowired
  public TaskGrantsAsExistsPlugin(@Value(SWITCH) boolean enabled) {
    this.enabled = enabled;
  }

  public TaskGrantsAsExistsPlugin() {
    this(true);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!enabled) {
      LOG.info("The engine's task query checks authorizations with its own join"
          + " (majlis.engine.task-grants-as-exists=false)");
      return;
    }
    if (!DATABASES.contains(configuration.getDatabaseType())) {
      LOG.info("The engine's task query keeps its own authorization check on {}", configuration.getDatabaseType());
      return;
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    for (String statement : STATEMENTS) {
      if (!statement.equals(sessions.mapStatement(statement))) {
        throw new IllegalStateException("The engine maps " + statement + " to " + sessions.mapStatement(statement)
            + " on " + configuration.getDatabaseType() + ": Majlis's task query (TaskGrantsAsExistsPlugin) is written"
            + " for the engine's common statement; set majlis.engine.task-grants-as-exists=false");
      }
    }
    long start = System.nanoTime();
    register(configuration.getSqlSessionFactory().getConfiguration());
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings()); // the engine's map is shared by every engine of its type
    for (String statement : STATEMENTS) {
      mappings.put(statement, NAMESPACE + "." + statement + SUFFIX);
    }
    sessions.setStatementMappings(mappings);
    LOG.info("The engine's task query checks authorizations with EXISTS (TaskGrantsAsExistsPlugin, {} ms)",
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Adds the task query with the EXISTS check to MyBatis's configuration (once: it may be shared by engines). */
  static void register(Configuration mybatis) {
    String resource = "majlis:" + NAMESPACE;
    synchronized (mybatis) {
      if (mybatis.isResourceLoaded(resource)) {
        return;
      }
      byte[] mapper = mapper().getBytes(StandardCharsets.UTF_8);
      new XMLMapperBuilder(new ByteArrayInputStream(mapper), mybatis, resource, mybatis.getSqlFragments()).parse();
    }
  }

  /** The mapper this plugin registers: the engine's task query, changed as the class comment says. */
  static String mapper() {
    try (InputStream in = ProcessEngineConfigurationImpl.class.getClassLoader()
        .getResourceAsStream(ENGINE_TASK_MAPPING)) {
      if (in == null) {
        throw unexpected(ENGINE_TASK_MAPPING + " is not on the class path");
      }
      return mapper(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Majlis cannot read the engine's task mapping " + ENGINE_TASK_MAPPING, e);
    }
  }

  /** The mapper made from {@code engineMapping}, the engine's task mapping. */
  static String mapper(InputStream engineMapping) {
    Document engine = parsed(engineMapping);
    Element criteria = element(engine, "sql", CRITERIA);
    List<Element> copied = new ArrayList<>();
    for (String statement : STATEMENTS) {
      copied.add(element(engine, "select", statement));
    }
    copied.add(criteria);

    // the join with the grants: kept only where the engine's own check stays (composite checks)
    Element join = only(criteria, ENGINE_AUTHORIZATION_NAMESPACE + ".authCheckJoinWithoutOnClause");
    Element joinCondition = (Element) join.getParentNode();
    if (!"if".equals(joinCondition.getTagName()) || !joinCondition.getTextContent().contains("AUTH ON")) {
      throw unexpected("the join with the grants is not an <if> holding AUTH ON");
    }
    joinCondition.setAttribute("test", "(" + joinCondition.getAttribute("test") + ") and !(" + EXISTS_APPLIES + ")");
    // the condition on the joined grants: the EXISTS form, or the engine's check where the join stays
    only(criteria, ENGINE_AUTHORIZATION_NAMESPACE + ".contextualAuthorizationCheck")
        .setAttribute("refid", NAMESPACE + ".authorizationCheck");

    Set<String> renamed = Set.of(CRITERIA);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
        + "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\""
        + " \"https://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n<mapper namespace=\"" + NAMESPACE + "\">\n");
    xml.append(READERS_GRANTS).append(AUTHORIZATION_CHECK);
    for (Element element : copied) {
      element.setAttribute("id", element.getAttribute("id") + SUFFIX);
      if (element.hasAttribute("resultMap") && !element.getAttribute("resultMap").contains(".")) {
        element.setAttribute("resultMap", ENGINE_TASK_NAMESPACE + "." + element.getAttribute("resultMap"));
      }
      NodeList includes = element.getElementsByTagName("include");
      for (int i = 0; i < includes.getLength(); i++) {
        Element include = (Element) includes.item(i);
        String refid = include.getAttribute("refid");
        if (!refid.contains(".")) { // the engine's task mapping's own fragments, or the one copied here
          include.setAttribute("refid", renamed.contains(refid) ? NAMESPACE + "." + refid + SUFFIX
              : ENGINE_TASK_NAMESPACE + "." + refid);
        }
      }
      xml.append(serialized(element)).append('\n');
    }
    return xml.append("</mapper>\n").toString();
  }

  private static Document parsed(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver(new XMLMapperEntityResolver()); // the mapper DTD from MyBatis's jar, not the network
      return builder.parse(in);
    } catch (Exception e) {
      throw new IllegalStateException("Majlis cannot read the engine's task mapping " + ENGINE_TASK_MAPPING, e);
    }
  }

  private static Element element(Document mapping, String tag, String id) {
    NodeList elements = mapping.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    throw unexpected("no <" + tag + " id=\"" + id + "\">");
  }

  private static Element only(Element scope, String refid) {
    NodeList includes = scope.getElementsByTagName("include");
    Element found = null;
    for (int i = 0; i < includes.getLength(); i++) {
      Element include = (Element) includes.item(i);
      if (refid.equals(include.getAttribute("refid"))) {
        if (found != null) {
          throw unexpected("<include refid=\"" + refid + "\"> more than once");
        }
        found = include;
      }
    }
    if (found == null) {
      throw unexpected("no <include refid=\"" + refid + "\">");
    }
    return found;
  }

  private static String serialized(Node node) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException("Majlis cannot write its task query's mapping", e);
    }
  }

  private static IllegalStateException unexpected(String what) {
    return new IllegalStateException("The engine's task mapping (" + ENGINE_TASK_MAPPING + ") is not the one Majlis's"
        + " TaskGrantsAsExistsPlugin was written for: " + what + ". Set majlis.engine.task-grants-as-exists=false to"
        + " start with the engine's own query.");
  }
}
