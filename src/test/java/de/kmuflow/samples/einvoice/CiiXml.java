package de.kmuflow.samples.einvoice;

import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

import de.kmuflow.samples.model.SampleInvoice;

/** XRechnung in CII syntax, written by Mustang. */
public final class CiiXml {

	private CiiXml() {
	}

	public static byte[] xrechnung(SampleInvoice invoice) {
		ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
		provider.setProfile(Profiles.getByName("XRECHNUNG"));
		provider.generateXML(MustangInvoices.of(invoice));
		byte[] xml = provider.getXML();
		EInvoiceCheck.cii(xml, invoice);
		return xml;
	}
}
