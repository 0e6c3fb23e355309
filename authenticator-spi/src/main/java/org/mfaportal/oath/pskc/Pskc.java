package org.mfaportal.oath.pskc;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mfaportal.oath.TokenFileException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small readers for PSKC elements: namespaced children, trimmed text, base64 and numbers with
 * record context.
 */
final class Pskc {

    static final String NS = "urn:ietf:params:xml:ns:keyprov:pskc";
    static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    static final String XENC11 = "http://www.w3.org/2009/xmlenc11#";

    private Pskc() {}

    static Element child(Element parent, String name) {
        return child(parent, name, NS);
    }

    static Element child(Element parent, String name, String namespace) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && name.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && name.equals(element.getLocalName())
                    && NS.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The PlainValue of a Data field (Counter, TimeInterval, Time); encrypted numbers are not
     * supported.
     */
    static String plain(int record, Element field) throws TokenFileException {
        if (field == null) {
            return null;
        }
        Element plain = child(field, "PlainValue");
        if (plain == null) {
            throw new TokenFileException(record, field.getLocalName() + " must be a PlainValue");
        }
        return text(plain);
    }

    static int number(int record, String text, int fallback) throws TokenFileException {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new TokenFileException(record, "'" + text + "' is not a whole number");
        }
    }

    /**
     * XML Schema base64Binary, strictly: whitespace between characters is allowed, anything else
     * outside the alphabet, missing or wrong '=' padding, or bits set after the last byte refuse
     * the file. A lenient decoder would skip junk and so import a key other than the vendor's
     * (issue 11.7).
     */
    static byte[] base64(int record, String text, String what) throws TokenFileException {
        String compact = text == null ? "" : text.replaceAll("[ \t\r\n]", "");
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            if (compact.length() % 4 == 0
                    && Base64.getEncoder().encodeToString(bytes).equals(compact)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new TokenFileException(
                record,
                what + " is not base64 (only A-Z a-z 0-9 + / with '=' padding to a multiple of 4)");
    }

    static byte[] cipherValue(int record, Element encrypted) throws TokenFileException {
        Element value = child(child(encrypted, "CipherData", XENC), "CipherValue", XENC);
        if (value == null) {
            throw new TokenFileException(
                    record, "an encrypted value has no xenc:CipherData/CipherValue");
        }
        return base64(record, text(value), "a CipherValue");
    }
}
