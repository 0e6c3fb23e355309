package org.mfaportal.it.kit.twilio;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** TwiML to {@link CallScript}, with the XML parser locked down as for any XML from the network. */
final class TwimlReader {

    private TwimlReader() {}

    static CallScript read(String twiml) {
        Element response = parse(twiml).getDocumentElement();
        if (!"Response".equals(response.getTagName())) {
            throw new AssertionError("TwiML must have <Response> at its root: " + twiml);
        }
        List<CallScript.Spoken> said = new ArrayList<>();
        CallScript.Gather gather = null;
        NodeList all = response.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element verb = (Element) all.item(i);
            switch (verb.getTagName()) {
                case "Say" ->
                        said.add(
                                new CallScript.Spoken(
                                        verb.getTextContent().trim(), attribute(verb, "language")));
                case "Gather" ->
                        gather =
                                new CallScript.Gather(
                                        attribute(verb, "action"),
                                        orDefault(attribute(verb, "method"), "POST"),
                                        orDefault(attribute(verb, "finishOnKey"), "#"));
                default -> {
                    // Hangup is read below; Pause, Play and the rest say nothing a test reads.
                }
            }
        }
        return new CallScript(
                List.copyOf(said), gather, response.getElementsByTagName("Hangup").getLength() > 0);
    }

    private static Document parse(String twiml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints to stderr before throwing; the exception says it all.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(twiml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be locked down", e);
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not TwiML (" + e.getMessage() + "): " + twiml, e);
        }
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
