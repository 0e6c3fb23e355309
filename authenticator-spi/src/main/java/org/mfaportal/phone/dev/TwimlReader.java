package org.mfaportal.phone.dev;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the little the virtual phone needs from a TwiML answer: what the call says before it waits
 * for keys, and where the keys go. XML from a webhook is parsed with DTDs and external entities off.
 */
final class TwimlReader {

    /** What a TwiML answer makes the phone hear; {@code gatherUrl} is null when it asks for no keys. */
    record Answer(List<String> said, String gatherUrl) {
    }

    private TwimlReader() {
    }

    static Answer read(String twiml) {
        Element response = parse(twiml).getDocumentElement();
        if (!"Response".equals(response.getTagName())) {
            throw new IllegalArgumentException("TwiML must be a <Response>, not <" + response.getTagName() + ">");
        }
        List<String> said = new ArrayList<>();
        for (Node child = response.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element verb) {
                if ("Say".equals(verb.getTagName())) {
                    said.add(verb.getTextContent().trim());
                } else if ("Gather".equals(verb.getTagName())) {
                    // Twilio waits for keys here; what follows the Gather is only said if none come.
                    addSays(verb, said);
                    return new Answer(said, verb.getAttribute("action"));
                }
            }
        }
        return new Answer(said, null);
    }

    private static void addSays(Element gather, List<String> said) {
        for (Node child = gather.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element verb && "Say".equals(verb.getTagName())) {
                said.add(verb.getTextContent().trim());
            }
        }
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            return secureBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Not readable TwiML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder secureBuilder() {
        try {
            // The JDK's own parser, whatever else is on Keycloak's class path: the features below are its names.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Throws on errors without the default handler's printing to stderr.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }
}
