package org.mfaportal.phone.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * A directory number is read as a typed one would be: parsed with the realm's region, checked
 * against the method's number types and countries, first usable value of the named attributes.
 */
class DirectoryNumbersTest {

    /** libphonenumber's own example numbers, valid by construction. */
    private static final String US_LINE = "+1 201-555-0123";

    private static final String DE_MOBILE = "+49 1512 3456789";
    private static final String GB_PREMIUM = "+44 909 876 5432";

    private static final PortalSettings DEFAULTS = PortalSettings.from(attribute -> null);

    private static Stream<String> none(String attribute) {
        return Stream.empty();
    }

    @Test
    void theFirstAttributeWithAUsableNumberWinsInE164() {
        Map<String, List<String>> user =
                Map.of("telephoneNumber", List.of(US_LINE), "otherTelephone", List.of(DE_MOBILE));

        assertThat(DirectoryNumbers.forCalls(DEFAULTS).of("ann", lookup(user)))
                .contains("+12015550123");
    }

    @Test
    void aNumberWithoutCountryCodeTakesTheRealmsRegion() {
        Map<String, List<String>> user = Map.of("telephoneNumber", List.of("(201) 555-0123"));

        assertThat(DirectoryNumbers.forCalls(DEFAULTS).of("ann", lookup(user)))
                .contains("+12015550123");
    }

    @Test
    void anInvalidOrRefusedValueIsSkippedForTheNextOne() {
        Map<String, List<String>> user =
                Map.of(
                        "telephoneNumber",
                        List.of("ext. 4411", GB_PREMIUM),
                        "otherTelephone",
                        List.of(DE_MOBILE));

        assertThat(DirectoryNumbers.forCalls(DEFAULTS).of("ann", lookup(user)))
                .contains("+4915123456789");
    }

    @Test
    void nothingUsableIsNothing() {
        Map<String, List<String>> user = Map.of("telephoneNumber", List.of("0", GB_PREMIUM));

        assertThat(DirectoryNumbers.forCalls(DEFAULTS).of("ann", lookup(user))).isEmpty();
        assertThat(DirectoryNumbers.forTexts(DEFAULTS).of("ann", DirectoryNumbersTest::none))
                .isEmpty();
    }

    @Test
    void textsReadTheirOwnAttributesAndRefuseAFixedLine() {
        PortalSettings germany =
                PortalSettings.from(
                        Map.of(PortalSetting.PHONE_DEFAULT_REGION.attribute(), "DE")::get);
        Map<String, List<String>> user =
                Map.of("telephoneNumber", List.of(DE_MOBILE), "mobile", List.of("030 123456"));

        assertThat(DirectoryNumbers.forTexts(germany).of("jan", lookup(user))).isEmpty();
        assertThat(DirectoryNumbers.forTexts(DEFAULTS).attributes()).containsExactly("mobile");
    }

    @Test
    void theRealmNamesTheAttributesInOrder() {
        PortalSettings named =
                PortalSettings.from(
                        Map.of(
                                        PortalSetting.DIRECTORY_CALL_ATTRIBUTES.attribute(),
                                        "homePhone,telephoneNumber")
                                ::get);
        Map<String, List<String>> user =
                Map.of("telephoneNumber", List.of(US_LINE), "homePhone", List.of(DE_MOBILE));

        assertThat(DirectoryNumbers.forCalls(named).of("ann", lookup(user)))
                .contains("+4915123456789");
    }

    private static java.util.function.Function<String, Stream<String>> lookup(
            Map<String, List<String>> attributes) {
        return name -> attributes.getOrDefault(name, List.of()).stream();
    }
}
