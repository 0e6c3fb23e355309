package org.mfaportal.oath.pskc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mfaportal.oath.TokenFileException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses untrusted XML with DTDs refused outright: no external entities (XXE), no entity expansion
 * (billion laughs), no fetching of anything. PSKC never needs a DOCTYPE.
 */
final class SecureXml {

    private SecureXml() {}

    static Document parse(byte[] xml) throws TokenFileException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null); // errors become exceptions, not stderr noise
            builder.setEntityResolver(
                    (publicId, systemId) -> {
                        throw new SAXException("external entities are not allowed");
                    });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new TokenFileException(0, "the file is not acceptable XML: " + reason(e));
        } catch (IOException | ParserConfigurationException e) {
            throw new TokenFileException(0, "the file could not be read as XML");
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static String reason(SAXException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("DOCTYPE") ? "a DOCTYPE (DTD) is not allowed" : "malformed XML";
    }
}
