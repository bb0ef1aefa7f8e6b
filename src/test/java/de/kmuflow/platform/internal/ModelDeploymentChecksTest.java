package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deploying from Camunda Modeler as Modeler does it ({@code /engine-rest/deployment/create}, HTTP
 * Basic): management's models are taken when they keep what kmu-flow needs, and refused with a
 * German sentence naming what is missing otherwise; other groups may not deploy at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelDeploymentChecksTest {

	private static final String INVOICE = "invoice-intake.bpmn";
	private static final String REORDER = "inventory-reorder.bpmn";
	private static final String DECISIONS = "invoice-approval.dmn";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void removeTheDeploymentsMadeHere() {
		repository.createDeploymentQuery().list().stream()
			.filter(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream()
				.anyMatch(name -> name.startsWith("modeler-")))
			.forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
	}

	@Test
	void aManagersChangedModelThatKeepsWhatTheCodeNeedsIsTaken() throws IOException {
		String renamed = shipped(REORDER).replace("name=\"Bestellung freigeben\"", "name=\"Bestellung prüfen und freigeben\"");
		long versions = versions("inventory-reorder");

		HttpResponse<String> answer = deploy("martin", "modeler-inventory-reorder.bpmn", renamed);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(versions("inventory-reorder")).isEqualTo(versions + 1);
	}

	@Test
	void aNewProcessOfTheManagersOwnIsTakenWhenItsCountedStepsAreComplete() {
		HttpResponse<String> answer = deploy("martin", "modeler-own.bpmn", ownProcess(
				"<camunda:property name=\"manualMinutes\" value=\"7,5\" /><camunda:property name=\"trend\" value=\"HYPERAUTOMATION\" />"));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	@Test
	void aNewStepThatSavesMinutesWithoutNamingItsTrendIsRefused() {
		assertRefused(deploy("martin", "modeler-own.bpmn", ownProcess("<camunda:property name=\"manualMinutes\" value=\"3\" />")),
				"modeler-own", "Schritt „task_check“ (Lieferschein prüfen): Eigenschaft „trend“ fehlt");
	}

	@Test
	void everyShippedModelNamesTheTrendOfEachCountedStep() throws IOException {
		for (String name : new String[] { INVOICE, REORDER, "cyber-self-check.bpmn", "trend-review.bpmn" }) {
			BpmnModelInstance model = Bpmn
				.readModelFromFile(Path.of("processes", name).toFile());
			for (FlowNode node : model
				.getModelElementsByType(FlowNode.class)) {
				String minutes = property(node, "manualMinutes");
				String trend = property(node, "trend");
				assertThat(minutes == null || trend != null && !trend.isBlank()).as(name + " " + node.getId()).isTrue();
			}
		}
	}

	@Test
	void aModelWithoutAnElementTheCodeNeedsIsRefusedNamingIt() throws IOException {
		String broken = shipped(INVOICE).replace("serviceTask_postInvoice", "serviceTask_buchen");

		assertRefused(deploy("martin", "modeler-invoice-intake.bpmn", broken), "invoice-intake",
				"Prozess „invoice-intake“ in „modeler-invoice-intake.bpmn“", "Element „serviceTask_postInvoice“ fehlt");
	}

	@Test
	void aDecisionTableThatRenamesTheDecisionTheInvoiceProcessEvaluatesIsRefusedNamingIt() throws IOException {
		String renamed = shipped(DECISIONS).replace("invoice-approval", "rechnungsfreigabe");

		assertRefused(deploy("martin", "modeler-invoice-approval.dmn", renamed), "invoice-intake",
				"Entscheidungstabelle „modeler-invoice-approval.dmn“: Entscheidung „invoice-approval“ fehlt");
	}

	@Test
	void aDecisionTableThatKeepsTheDecisionIsTaken() throws IOException {
		String relabelled = shipped(DECISIONS).replace("name=\"Freigeber bestimmen\"", "name=\"Freigabe festlegen\"");
		assertThat(relabelled).isNotEqualTo(shipped(DECISIONS));

		HttpResponse<String> answer = deploy("martin", "modeler-invoice-approval.dmn", relabelled);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	@Test
	void aProcessModelThatNoLongerCallsTheDecisionIsRefusedNamingIt() throws IOException {
		String broken = shipped(INVOICE).replace("camunda:decisionRef=\"invoice-approval\"",
				"camunda:decisionRef=\"rechnungsfreigabe\"");

		assertRefused(deploy("martin", "modeler-invoice-intake.bpmn", broken), "invoice-intake",
				"Aufruf der Entscheidung „invoice-approval“ fehlt");
	}

	@Test
	void aModelWithoutAMessageTheCodeSendsIsRefusedNamingIt() throws IOException {
		String broken = shipped(REORDER).replace("name=\"GoodsArrived\"", "name=\"WareDa\"");

		assertRefused(deploy("martin", "modeler-inventory-reorder.bpmn", broken), "inventory-reorder",
				"Nachricht „GoodsArrived“ fehlt");
	}

	@Test
	void aModelThatDropsTheTimeSavedPropertiesOfACountedStepIsRefusedNamingThem() throws IOException {
		String shipped = shipped(INVOICE);
		// the review step loses both properties, the approver step its trend
		String broken = shipped.replace("""
				          <camunda:property name="manualMinutes" value="10" />
				          <camunda:property name="trend" value="AI_INTEGRATION" />
				""", "").replace("""
				          <camunda:property name="manualMinutes" value="2" />
				          <camunda:property name="trend" value="HYPERAUTOMATION" />
				""", """
				          <camunda:property name="manualMinutes" value="2" />
				""");
		assertThat(broken).isNotEqualTo(shipped);

		assertRefused(deploy("martin", "modeler-invoice-intake.bpmn", broken), "invoice-intake",
				"Schritt „userTask_reviewInvoice“ (Rechnungsdaten prüfen): Eigenschaft „manualMinutes“ fehlt",
				"Schritt „userTask_reviewInvoice“ (Rechnungsdaten prüfen): Eigenschaft „trend“ fehlt",
				"Schritt „businessRuleTask_determineApprover“ (Freigeber bestimmen): Eigenschaft „trend“ fehlt");
	}

	@Test
	void aStepNamingATrendThatIsNotOneOfTheSixIsRefusedNamingIt() {
		assertRefused(deploy("martin", "modeler-own.bpmn", ownProcess(
				"<camunda:property name=\"manualMinutes\" value=\"5\" /><camunda:property name=\"trend\" value=\"Blockchain\" />")),
				"modeler-own", "Schritt „task_check“ (Lieferschein prüfen): „trend“ ist „Blockchain“, keiner der sechs Trends",
				"HYPERAUTOMATION oder Hyperautomatisierung");
		// the German name is one of them
		assertThat(deploy("martin", "modeler-own.bpmn", ownProcess(
				"<camunda:property name=\"manualMinutes\" value=\"5\" /><camunda:property name=\"trend\" value=\"KI-Integration\" />"))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aNewProcessWithHalfACountedStepIsRefused() {
		assertRefused(deploy("martin", "modeler-own.bpmn",
				ownProcess("<camunda:property name=\"trend\" value=\"HYPERAUTOMATION\" />")), "modeler-own",
				"Schritt „task_check“ (Lieferschein prüfen): Eigenschaft „manualMinutes“ fehlt");
		assertRefused(deploy("martin", "modeler-own.bpmn",
				ownProcess("<camunda:property name=\"manualMinutes\" value=\"viel\" /><camunda:property name=\"trend\" value=\"HYPERAUTOMATION\" />")),
				"modeler-own", "„manualMinutes“ ist „viel“, keine Zahl von 0 bis 100000");
	}

	@Test
	void onlyManagementAndAdministratorsDeploy() throws IOException {
		String model = shipped(REORDER);
		for (String user : new String[] { "clara", "paula", "lars", "otto" }) {
			HttpResponse<String> answer = deploy(user, "modeler-inventory-reorder.bpmn", model);
			assertThat(answer.statusCode()).as(user + ": " + answer.body()).isEqualTo(403);
		}
	}

	private void assertRefused(HttpResponse<String> answer, String processKey, String... named) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		String message;
		try {
			message = json.readTree(answer.body()).get("message").asText();
		}
		catch (IOException e) {
			throw new AssertionError(answer.body(), e);
		}
		assertThat(message).startsWith("Das Modell wurde nicht übernommen").contains("Prozess „" + processKey + "“")
			.contains(named).doesNotContain("ENGINE-");
		assertThat(repository.createDeploymentQuery().list().stream()
			.flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream())
			.filter(name -> name.startsWith("modeler-"))).as("nothing of the refused model was deployed").isEmpty();
	}

	private static String property(FlowNode node, String name) {
		return node.getExtensionElements() == null ? null
				: node.getExtensionElements()
					.getChildElementsByType(CamundaProperties.class)
					.stream()
					.flatMap(properties -> properties.getCamundaProperties().stream())
					.filter(property -> name.equals(property.getCamundaName()))
					.map(CamundaProperty::getCamundaValue)
					.findFirst()
					.orElse(null);
	}

	private long versions(String key) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
	}

	private HttpResponse<String> deploy(String user, String resourceName, String model) {
		return new WebClient(port).postFiles("/engine-rest/deployment/create",
				Map.of(resourceName, model.getBytes(StandardCharsets.UTF_8)), user, user);
	}

	private static String shipped(String name) throws IOException {
		return Files.readString(Path.of("processes", name), StandardCharsets.UTF_8);
	}

	/** A process of a manager's own, with one step that carries the given properties. */
	private static String ownProcess(String properties) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kmu-flow.de/test">
				  <bpmn:process id="modeler-own" name="Lieferschein" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="start" />
				    <bpmn:userTask id="task_check" name="Lieferschein prüfen" camunda:candidateGroups="management">
				      <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
				    </bpmn:userTask>
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(properties);
	}
}
