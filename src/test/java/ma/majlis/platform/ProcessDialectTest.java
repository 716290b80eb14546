package ma.majlis.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six BPMN files speak one dialect (issue #16), so that whoever opens the next one finds what he saw in the last:
 * the same header (namespaces, prefixes, exporter), ids derived from the key and the elements, a
 * {@code documentation} on every process and every step that does something (user, service, business rule task,
 * call activity, sub-process), no label on a gateway that only merges flows, and a sequence flow named after its two
 * ends: {@code SequenceFlow_<source>_To_<target>}, each end without its kind prefix ({@code Task_}, {@code Gateway_}…).
 * Camunda Modeler reads and writes this dialect; a file saved by another tool fails here until it is brought back.
 */
class ProcessDialectTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";

  /** The opening of every file, up to the definitions' id. */
  static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions"
      + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
      + " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
      + " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
      + " xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
      + " xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" id=\"Definitions_";
  static final String HEADER_END = "\" targetNamespace=\"http://majlis.ma/bpmn\" exporter=\"Camunda Modeler\""
      + " exporterVersion=\"5.40.0\" modeler:executionPlatform=\"Camunda Platform\""
      + " modeler:executionPlatformVersion=\"7.24.0\">\n";
  static final Set<String> PREFIXES = Set.of("bpmn", "bpmndi", "dc", "di", "camunda", "modeler", "xsi");
  static final Set<String> DOCUMENTED = Set.of("process", "userTask", "serviceTask", "businessRuleTask", "callActivity",
      "subProcess");
  static final Pattern TAG = Pattern.compile("<(?![?!/])([A-Za-z]+:)?([A-Za-z]+)");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> bpmn = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(bpmn).as("the six processes").hasSize(6);
      return bpmn.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void theHeaderAndThePrefixesAreTheSameInEveryFile(Path file) throws Exception {
    String text = Files.readString(file);
    String key = process(file).getAttribute("id");
    assertThat(text).as(file + ": header").startsWith(HEADER + pascal(key) + HEADER_END);
    List<String> strangers = new ArrayList<>();
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String prefix = tag.group(1) == null ? "" : tag.group(1).substring(0, tag.group(1).length() - 1);
      if (!PREFIXES.contains(prefix)) {
        strangers.add(tag.group());
      }
    }
    assertThat(strangers).as(file + ": elements without one of the seven prefixes (no default namespace)").isEmpty();
    assertThat(text).as(file + ": two spaces per level, no tab").doesNotContain("\t");
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyProcessAndEveryStepSaysWhatItDoes(Path file) throws Exception {
    List<String> undocumented = new ArrayList<>();
    for (Element element : elements(parse(file), BPMN, "*")) {
      if (DOCUMENTED.contains(element.getLocalName()) && documentation(element).isBlank()) {
        undocumented.add(element.getLocalName() + " " + element.getAttribute("id"));
      }
    }
    assertThat(undocumented).as(file + ": without bpmn:documentation").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void aMergeGatewayCarriesNoLabelAndADecisionOneQuestion(Path file) throws Exception {
    for (Element gateway : elements(parse(file), BPMN, "*")) {
      if (!gateway.getLocalName().endsWith("Gateway")) {
        continue;
      }
      int incoming = elements(gateway, BPMN, "incoming").size();
      int outgoing = elements(gateway, BPMN, "outgoing").size();
      String where = file + ": " + gateway.getAttribute("id");
      if (incoming > 1 && outgoing == 1) {
        assertThat(gateway.hasAttribute("name")).as(where + " merges: no label").isFalse();
      } else if (gateway.getLocalName().equals("exclusiveGateway")) {
        assertThat(gateway.getAttribute("name")).as(where + " decides: a question").endsWith("?");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void idsFollowTheElementsTheyName(Path file) throws Exception {
    Document model = parse(file);
    String key = process(file).getAttribute("id");
    for (Element flow : elements(model, BPMN, "sequenceFlow")) {
      assertThat(flow.getAttribute("id")).as(file + ": a flow is named after its two ends")
          .isEqualTo("SequenceFlow_" + unprefixed(flow.getAttribute("sourceRef")) + "_To_"
              + unprefixed(flow.getAttribute("targetRef")));
      if (flow.hasAttribute("name")) {
        assertThat(flow.getAttribute("name")).as(file + ": " + flow.getAttribute("id") + "'s label")
            .matches("\\p{Lu}.*");
      }
    }
    assertThat(elements(model, DI, "BPMNDiagram").get(0).getAttribute("id")).isEqualTo("BPMNDiagram_" + pascal(key));
    assertThat(elements(model, DI, "BPMNPlane").get(0).getAttribute("id")).isEqualTo("BPMNPlane_" + pascal(key));
    for (String kind : List.of("BPMNShape", "BPMNEdge")) {
      for (Element di : elements(model, DI, kind)) {
        assertThat(di.getAttribute("id")).as(file + ": " + kind).isEqualTo(di.getAttribute("bpmnElement") + "_di");
      }
    }
    for (Element element : elements(model, BPMN, "*")) {
      if (element.getLocalName().endsWith("EventDefinition")) {
        Element event = (Element) element.getParentNode();
        assertThat(element.getAttribute("id")).isEqualTo(event.getAttribute("id") + "_Definition");
      }
    }
  }

  static String unprefixed(String id) {
    int underscore = id.indexOf('_');
    return underscore < 0 ? id : id.substring(underscore + 1);
  }

  static String pascal(String key) {
    return Arrays.stream(key.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining());
  }

  static String documentation(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && BPMN.equals(e.getNamespaceURI()) && e.getLocalName().equals("documentation")) {
        return e.getTextContent();
      }
    }
    return "";
  }

  static Element process(Path file) throws Exception {
    return elements(parse(file), BPMN, "process").get(0);
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static List<Element> elements(Node root, String namespace, String localName) {
    NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS(namespace, localName)
        : ((Element) root).getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
