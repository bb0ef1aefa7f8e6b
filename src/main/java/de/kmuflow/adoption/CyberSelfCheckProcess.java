package de.kmuflow.adoption;

/**
 * The cyber self-check {@code processes/cyber-self-check.bpmn} (after DIN SPEC 27076): its key,
 * element ids and variables.
 */
public final class CyberSelfCheckProcess {

	public static final String KEY = "cyber-self-check";
	/** The message that starts a check by hand (the other start is the yearly timer). */
	public static final String REQUESTED = "cyber-self-check-requested";

	/** Element ids as in the model. */
	public static final class Elements {
		public static final String START_SCHEDULED = "startEvent_scheduled";
		public static final String START_BY_HAND = "startEvent_byHand";
		public static final String ANSWER = "userTask_answerQuestionnaire";
		public static final String SCORE = "serviceTask_scoreAnswers";
		public static final String GAPS = "gateway_requirementsOpen";
		public static final String DECIDE = "userTask_decideMeasures";
		public static final String ADOPT = "serviceTask_adoptMeasures";
		public static final String ALL_MET = "endEvent_allMet";
		public static final String MEASURES_DECIDED = "endEvent_measuresDecided";

		private Elements() {
		}
	}

	/** Variable names. */
	public static final class Variables {
		/** Prefix of each answer: {@code answer_ORG_1} = {@code ja}, {@code nein} or {@code unklar}. */
		public static final String ANSWER_PREFIX = "answer_";
		/** Long: the stored check (kmu-flow's table). */
		public static final String CHECK_ID = "cyberCheckId";
		/** Integer 0–100: the weighted share of requirements met. */
		public static final String SCORE = "cyberScore";
		/** String: GREEN, YELLOW or RED. */
		public static final String STATUS = "cyberStatus";
		/** Integer: requirements not met (answered no or unclear). */
		public static final String OPEN = "openRequirements";
		/** String, for the form: status and what is missing, most important first. */
		public static final String REPORT_TEXT = "cyberReportText";
		/** List of requirement ids ticked to become measures (checklist of the decision form). */
		public static final String ADOPT = "adoptRequirements";
		public static final String OWNER = "measureOwner";
		/** String, ISO date (the form's date picker). */
		public static final String DUE = "measureDueDate";

		private Variables() {
		}
	}

	private CyberSelfCheckProcess() {
	}
}
