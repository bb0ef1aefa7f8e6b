package de.kmuflow.adoption.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The questionnaire of the cyber self-check. The structure follows DIN SPEC 27076 (six topics, 27
 * requirements, some of them top requirements that weigh more); the wording of every requirement,
 * the choice of the top ones and their weight are kmu-flow's own, not the standard's text.
 */
final class CyberCatalogue {

	/** The six topics of DIN SPEC 27076, in its order. */
	enum Topic {
		ORGANISATION("Organisation und Sensibilisierung"),
		IDENTITY("Identitäts- und Berechtigungsmanagement"),
		BACKUP("Datensicherung"),
		PATCHES("Patch- und Änderungsmanagement"),
		MALWARE("Schutz vor Schadprogrammen"),
		NETWORK("IT-Systeme und Netzwerke");

		final String germanName;

		Topic(String germanName) {
			this.germanName = germanName;
		}

		public String germanName() {
			return germanName;
		}
	}

	/** A requirement: its id (also the form field's suffix), what to check, and whether it is a top one. */
	record Requirement(String id, Topic topic, String title, String question, boolean top) {

		int weight() {
			return top ? TOP_WEIGHT : 1;
		}

		String formKey() {
			return de.kmuflow.adoption.CyberSelfCheckProcess.Variables.ANSWER_PREFIX + id;
		}
	}

	/** A top requirement counts three times an ordinary one (kmu-flow's choice). */
	static final int TOP_WEIGHT = 3;

	static final List<Requirement> REQUIREMENTS = List.of(
			r("ORG_1", Topic.ORGANISATION, "Verantwortung für IT-Sicherheit festgelegt",
					"Ist eine Person benannt, die sich um die IT-Sicherheit des Betriebs kümmert, mit Zeit und Befugnis dafür?", true),
			r("ORG_2", Topic.ORGANISATION, "Überblick über Geräte, Programme und Daten",
					"Gibt es eine aktuelle Liste der Geräte, Programme und geschäftswichtigen Daten?", false),
			r("ORG_3", Topic.ORGANISATION, "Beschäftigte regelmäßig geschult",
					"Lernen alle Beschäftigten mindestens einmal im Jahr, Phishing zu erkennen und sicher mit E-Mails und Passwörtern umzugehen?", false),
			r("ORG_4", Topic.ORGANISATION, "Notfallplan griffbereit",
					"Liegt ein kurzer Plan bereit, wer bei einem Angriff oder Ausfall was tut und wen man anruft?", false),
			r("ORG_5", Topic.ORGANISATION, "Regeln für mobiles Arbeiten",
					"Sind Regeln für Laptops, Smartphones und Arbeit von zu Hause festgehalten und allen bekannt?", false),
			r("ORG_6", Topic.ORGANISATION, "Sicherheit mit Dienstleistern vereinbart",
					"Ist mit IT-Dienstleistern schriftlich vereinbart, was sie für die Sicherheit tun und wie schnell sie im Notfall helfen?", false),
			r("IAM_1", Topic.IDENTITY, "Persönliche Benutzerkonten",
					"Meldet sich jede Person mit einem eigenen Konto an, ohne geteilte Sammelkonten?", false),
			r("IAM_2", Topic.IDENTITY, "Administratorkonten nur zum Verwalten",
					"Werden Konten mit Administratorrechten nur für Verwaltungsarbeiten benutzt, nie für E-Mail und Surfen?", true),
			r("IAM_3", Topic.IDENTITY, "Lange, einzigartige Passwörter",
					"Gelten Regeln für lange, für jeden Dienst andere Passwörter, unterstützt durch einen Passwort-Manager?", false),
			r("IAM_4", Topic.IDENTITY, "Zweiter Faktor für Zugänge von außen",
					"Sind E-Mail, Cloud-Dienste und Fernzugänge zusätzlich mit einem zweiten Faktor geschützt?", true),
			r("IAM_5", Topic.IDENTITY, "Rechte nur nach Bedarf",
					"Bekommt jede Person nur die Rechte, die sie braucht, und wird ihr Konto beim Austritt sofort gesperrt?", false),
			r("BAK_1", Topic.BACKUP, "Regelmäßige automatische Sicherung",
					"Werden alle geschäftswichtigen Daten automatisch und regelmäßig gesichert?", true),
			r("BAK_2", Topic.BACKUP, "Eine Sicherung außer Reichweite von Angreifern",
					"Liegt mindestens eine Sicherung getrennt vom Netz oder unveränderbar, so dass ein Angreifer sie nicht löschen kann?", true),
			r("BAK_3", Topic.BACKUP, "Wiederherstellung ausprobiert",
					"Wird das Zurückspielen einer Sicherung mindestens einmal im Jahr ausprobiert?", false),
			r("BAK_4", Topic.BACKUP, "Sicherungen geschützt",
					"Sind die Sicherungen verschlüsselt und nur wenigen Personen zugänglich?", false),
			r("PAT_1", Topic.PATCHES, "Sicherheitsupdates zeitnah",
					"Werden Sicherheitsupdates für Betriebssysteme und Programme zeitnah, am besten automatisch, eingespielt?", true),
			r("PAT_2", Topic.PATCHES, "Keine Software ohne Herstellerpflege",
					"Wird Software, für die es keine Updates mehr gibt, ersetzt oder vom Netz getrennt?", false),
			r("PAT_3", Topic.PATCHES, "Updates auch für Netzgeräte",
					"Bekommen Router, Firewall, Drucker und andere Netzgeräte ebenfalls regelmäßig Updates?", false),
			r("PAT_4", Topic.PATCHES, "Änderungen geplant und nachvollziehbar",
					"Werden Änderungen an wichtigen Systemen geplant, festgehalten und lassen sie sich rückgängig machen?", false),
			r("MAL_1", Topic.MALWARE, "Schutz vor Schadprogrammen auf allen Geräten",
					"Läuft auf allen Rechnern und Servern ein aktueller Schutz vor Schadprogrammen?", true),
			r("MAL_2", Topic.MALWARE, "E-Mails werden geprüft",
					"Werden eingehende E-Mails auf Schadprogramme und gefährliche Anhänge geprüft?", false),
			r("MAL_3", Topic.MALWARE, "Makros und fremde Programme gesperrt",
					"Sind Makros in Office-Dateien und das Installieren fremder Programme für normale Konten gesperrt?", false),
			r("NET_1", Topic.NETWORK, "Firewall zum Internet",
					"Schützt eine Firewall den Übergang zwischen Betriebsnetz und Internet, mit nur den nötigen Freigaben?", true),
			r("NET_2", Topic.NETWORK, "WLAN getrennt und verschlüsselt",
					"Ist das Gäste-WLAN vom Betriebsnetz getrennt und das Betriebs-WLAN stark verschlüsselt?", false),
			r("NET_3", Topic.NETWORK, "Fernzugriff nur verschlüsselt",
					"Gelingt Fernzugriff nur über verschlüsselte Wege (etwa VPN), nie über offen erreichbare Dienste?", false),
			r("NET_4", Topic.NETWORK, "Voreinstellungen geändert",
					"Sind Standardpasswörter der Geräte geändert und nicht gebrauchte Dienste abgeschaltet?", false),
			r("NET_5", Topic.NETWORK, "Anmeldungen und Warnungen protokolliert",
					"Werden Anmeldungen und Warnungen wichtiger Systeme aufgezeichnet und bei Auffälligkeiten angesehen?", false));

	private static final Map<String, Requirement> BY_ID = REQUIREMENTS.stream()
		.collect(Collectors.toMap(Requirement::id, Function.identity()));

	private CyberCatalogue() {
	}

	static Optional<Requirement> requirement(String id) {
		return Optional.ofNullable(id == null ? null : BY_ID.get(id));
	}

	static int totalWeight() {
		return REQUIREMENTS.stream().mapToInt(Requirement::weight).sum();
	}

	private static Requirement r(String id, Topic topic, String title, String question, boolean top) {
		return new Requirement(id, topic, title, question, top);
	}
}
