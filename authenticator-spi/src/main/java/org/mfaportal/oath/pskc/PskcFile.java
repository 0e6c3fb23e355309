package org.mfaportal.oath.pskc;

import java.util.ArrayList;
import java.util.List;
import org.mfaportal.oath.ImportedRecord;
import org.mfaportal.oath.OathAlgorithm;
import org.mfaportal.oath.OathToken;
import org.mfaportal.oath.TokenFileException;
import org.mfaportal.oath.TokenSecret;
import org.mfaportal.oath.TokenType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An RFC 6030 (PSKC) key container: each KeyPackage with an HOTP or TOTP key becomes a token.
 * Secrets are plain (base64) or encrypted under a pre-shared key with a MAC that must match. PIN
 * keys (algorithm ...:pin) protect a token rather than being one, and are skipped. Record numbers
 * count KeyPackages from 1.
 */
public final class PskcFile {

    private static final String ALGORITHM_PREFIX = "urn:ietf:params:xml:ns:keyprov:pskc:";

    private final PreSharedKey preSharedKey;
    private byte[] macKey;
    private String macAlgorithm;

    private PskcFile(PreSharedKey preSharedKey) {
        this.preSharedKey = preSharedKey;
    }

    /** {@code preSharedKey} may be null for a file with plain secrets. */
    public static List<ImportedRecord> parse(byte[] xml, byte[] preSharedKey)
            throws TokenFileException {
        PreSharedKey key;
        try {
            key = preSharedKey == null ? null : new PreSharedKey(preSharedKey);
        } catch (IllegalArgumentException e) {
            throw new TokenFileException(0, e.getMessage());
        }
        return new PskcFile(key).read(SecureXml.parse(xml));
    }

    private List<ImportedRecord> read(Document document) throws TokenFileException {
        Element container = document.getDocumentElement();
        if (!"KeyContainer".equals(container.getLocalName())
                || !Pskc.NS.equals(container.getNamespaceURI())) {
            throw new TokenFileException(
                    0, "not a PSKC file: the root must be KeyContainer in " + Pskc.NS);
        }
        if (Pskc.child(Pskc.child(container, "EncryptionKey"), "DerivedKey", Pskc.XENC11) != null) {
            throw new TokenFileException(
                    0, "password-based (PBKDF2) encryption is not supported; use a pre-shared key");
        }
        readMacKey(container);
        List<ImportedRecord> records = new ArrayList<>();
        int record = 0;
        for (Element keyPackage : Pskc.children(container, "KeyPackage")) {
            record++;
            OathToken token = token(record, keyPackage);
            if (token != null) {
                records.add(new ImportedRecord(record, token));
            }
        }
        return records;
    }

    private void readMacKey(Element container) throws TokenFileException {
        Element method = Pskc.child(container, "MACMethod");
        if (method == null) {
            return;
        }
        macAlgorithm = method.getAttribute("Algorithm");
        Element encrypted = Pskc.child(method, "MACKey");
        if (encrypted == null) {
            throw new TokenFileException(0, "MACMethod has no MACKey");
        }
        macKey = decrypt(0, encrypted, "the MAC key");
    }

    private OathToken token(int record, Element keyPackage) throws TokenFileException {
        Element key = Pskc.child(keyPackage, "Key");
        if (key == null) {
            throw new TokenFileException(record, "KeyPackage has no Key");
        }
        String algorithm = key.getAttribute("Algorithm");
        if (algorithm.equals(ALGORITHM_PREFIX + "pin")) {
            return null;
        }
        TokenType type =
                algorithm.startsWith(ALGORITHM_PREFIX)
                        ? TokenType.parse(algorithm.substring(ALGORITHM_PREFIX.length()))
                        : null;
        if (type == null) {
            throw new TokenFileException(
                    record, "key algorithm '" + algorithm + "' is not HOTP or TOTP");
        }
        String serial = Pskc.text(Pskc.child(Pskc.child(keyPackage, "DeviceInfo"), "SerialNo"));
        if (serial == null) {
            serial = key.getAttribute("Id");
        }
        Element parameters = Pskc.child(key, "AlgorithmParameters");
        Element format = Pskc.child(parameters, "ResponseFormat");
        String encoding = format == null ? "" : format.getAttribute("Encoding");
        if (!encoding.isEmpty() && !encoding.equals("DECIMAL")) {
            throw new TokenFileException(
                    record,
                    serial,
                    "serial " + serial + ": response encoding " + encoding + " is not DECIMAL");
        }
        String suite = Pskc.text(Pskc.child(parameters, "Suite"));
        OathAlgorithm hash = suite == null ? OathAlgorithm.SHA1 : OathAlgorithm.parse(suite);
        if (hash == null) {
            throw new TokenFileException(
                    record,
                    serial,
                    "serial " + serial + ": suite " + suite + " is not SHA1, SHA256 or SHA512");
        }
        Element data = Pskc.child(key, "Data");
        Element secret = Pskc.child(data, "Secret");
        if (secret == null) {
            throw new TokenFileException(
                    record, serial, "serial " + serial + ": the key has no Secret");
        }
        try {
            if (Pskc.number(record, Pskc.plain(record, Pskc.child(data, "Time")), 0) != 0) {
                throw new TokenFileException(
                        record,
                        serial,
                        "serial " + serial + ": a start time (T0) other than 0 is not supported");
            }
            return new OathToken(
                    serial,
                    type,
                    TokenSecret.of(secretBytes(record, secret)),
                    format == null || format.getAttribute("Length").isEmpty()
                            ? OathToken.DEFAULT_DIGITS
                            : Pskc.number(record, format.getAttribute("Length"), 0),
                    hash,
                    Pskc.number(
                            record,
                            Pskc.plain(record, Pskc.child(data, "TimeInterval")),
                            OathToken.DEFAULT_PERIOD_SECONDS),
                    type == TokenType.HOTP
                            ? Pskc.number(
                                    record, Pskc.plain(record, Pskc.child(data, "Counter")), 0)
                            : 0);
        } catch (IllegalArgumentException e) {
            throw new TokenFileException(
                    record, serial, "serial " + serial + ": " + e.getMessage());
        }
    }

    private byte[] secretBytes(int record, Element secret) throws TokenFileException {
        Element plain = Pskc.child(secret, "PlainValue");
        if (plain != null) {
            return Pskc.base64(record, Pskc.text(plain), "the secret");
        }
        Element encrypted = Pskc.child(secret, "EncryptedValue");
        if (encrypted == null) {
            throw new TokenFileException(
                    record, "the secret has neither PlainValue nor EncryptedValue");
        }
        Element valueMac = Pskc.child(secret, "ValueMAC");
        if (macKey == null || valueMac == null) {
            throw new TokenFileException(
                    record, "an encrypted secret needs a MACMethod and a ValueMAC");
        }
        byte[] cipherValue = Pskc.cipherValue(record, encrypted);
        if (!PreSharedKey.macMatches(
                macAlgorithm,
                macKey,
                cipherValue,
                Pskc.base64(record, Pskc.text(valueMac), "the ValueMAC"))) {
            throw new TokenFileException(
                    record,
                    "the MAC of the secret does not match (wrong pre-shared key or altered file)");
        }
        return decrypt(record, encrypted, "the secret");
    }

    private byte[] decrypt(int record, Element encrypted, String what) throws TokenFileException {
        if (preSharedKey == null) {
            throw new TokenFileException(record, what + " is encrypted: give the pre-shared key");
        }
        Element method = Pskc.child(encrypted, "EncryptionMethod", Pskc.XENC);
        String algorithm = method == null ? "" : method.getAttribute("Algorithm");
        byte[] clear = preSharedKey.decrypt(algorithm, Pskc.cipherValue(record, encrypted));
        if (clear == null) {
            throw new TokenFileException(
                    record,
                    what
                            + " cannot be decrypted with the pre-shared key ("
                            + (algorithm.isEmpty() ? "no EncryptionMethod" : algorithm)
                            + ")");
        }
        return clear;
    }
}
