package org.mfaportal.it.kit.ldap;

/**
 * Active Directory's multi-valued {@code otherTelephone} (with its AD OID), which the standard
 * schema lacks, and an auxiliary class that lets a person carry it: defined once for every test
 * directory, each writing it in its own server's format.
 */
final class AdPhonesSchema {

    static final String OBJECT_CLASS = "mfaTestAdPhones";

    static final String ATTRIBUTE_TYPE =
            "( 1.2.840.113556.1.2.18 NAME 'otherTelephone' EQUALITY telephoneNumberMatch"
                    + " SUBSTR telephoneNumberSubstringsMatch"
                    + " SYNTAX 1.3.6.1.4.1.1466.115.121.1.50 )";

    static final String OBJECT_CLASS_TYPE =
            "( 1.3.6.1.4.1.99999.1.1 NAME '"
                    + OBJECT_CLASS
                    + "' SUP top AUXILIARY MAY otherTelephone )";

    private AdPhonesSchema() {}

    /** As a subschema entry, for UnboundID's in-memory server. */
    static String[] asSubschemaLdif() {
        return new String[] {
            "dn: cn=schema",
            "objectClass: top",
            "objectClass: ldapSubentry",
            "objectClass: subschema",
            "cn: schema",
            "attributeTypes: " + ATTRIBUTE_TYPE,
            "objectClasses: " + OBJECT_CLASS_TYPE
        };
    }

    /** As an OpenLDAP schema file, for slapd.conf's {@code include}. */
    static String asSlapdSchemaFile() {
        return "attributetype " + ATTRIBUTE_TYPE + "\nobjectclass " + OBJECT_CLASS_TYPE + "\n";
    }
}
