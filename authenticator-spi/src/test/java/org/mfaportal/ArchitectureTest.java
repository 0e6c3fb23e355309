package org.mfaportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of the provider JAR (issue 13.1, 13.5), as the README draws them: imports point down
 * only.
 *
 * <pre>
 * top      enrollment, portal, web          (admin-extension sits beside them, in its own JAR)
 * methods  voice, sms, push, oath, questions, bypass, trustedip, remember   never import each other
 * phone    phone..                          only voice and sms reach it
 * core     settings, network, text, rest, flow, waiting, events, catalog, fraud
 * </pre>
 *
 * Inside push the same holds, bottom up: protocol, base, notify, challenge, device, enrollment,
 * push itself (see org.mfaportal.push's package-info). No package, at any depth, forms a cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "org.mfaportal";
    private static final List<String> METHODS =
            List.of("voice", "sms", "push", "oath", "questions", "bypass", "trustedip", "remember");
    private static final String[] CORE =
            packages(
                    "settings",
                    "network",
                    "text",
                    "rest",
                    "flow",
                    "waiting",
                    "events",
                    "catalog",
                    "fraud");

    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);

    @Test
    void importsPointDownTheLayers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("core")
                .definedBy(CORE)
                .layer("phone")
                .definedBy(ROOT + ".phone..")
                .layer("methods")
                .definedBy(packages(METHODS.toArray(String[]::new)))
                .layer("top")
                .definedBy(packages("enrollment", "portal", "web"))
                .whereLayer("top")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("methods")
                .mayOnlyBeAccessedByLayers("top")
                .whereLayer("phone")
                .mayOnlyBeAccessedByLayers("methods", "top")
                .check(MAIN);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void aMethodNeverImportsAnother(String method) {
        String[] others =
                packages(
                        METHODS.stream()
                                .filter(other -> !other.equals(method))
                                .toArray(String[]::new));
        noClasses()
                .that()
                .resideInAPackage(ROOT + "." + method + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .check(MAIN);
    }

    @Test
    void onlyCallsAndTextsUseThePhoneLayer() {
        noClasses()
                .that()
                .resideInAnyPackage(packages("push", "oath", "questions", "bypass", "trustedip"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".phone..")
                .because(
                        "a method that never calls or texts closes a left-over call through waiting.LeftOpen")
                .check(MAIN);
    }

    @Test
    void theNeutralCoreImportsOnlyWhatIsBelowIt() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        packages("network", "text", "rest", "waiting", "events", "flow"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages("settings", "catalog"))
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".settings..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".catalog..")
                .check(MAIN);
    }

    /** RADIUS is a first step: it knows no method, no phone and nothing of the pages above. */
    @Test
    void theRadiusSignInImportsOnlyTheCore() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".radius..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        Stream.concat(
                                        METHODS.stream(),
                                        Stream.of("phone", "enrollment", "portal", "web"))
                                .map(name -> ROOT + "." + name + "..")
                                .toArray(String[]::new))
                .check(MAIN);
    }

    @Test
    void noPackageFormsACycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void pushImportsPointDownItsOwnLayers() {
        String push = ROOT + ".push";
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("protocol")
                .definedBy(push + ".protocol..")
                .layer("base")
                .definedBy(push + ".base..")
                .layer("notify")
                .definedBy(push + ".notify..")
                .layer("challenge")
                .definedBy(push + ".challenge..")
                .layer("device")
                .definedBy(push + ".device..")
                .layer("enrollment")
                .definedBy(push + ".enrollment..")
                .layer("firebase")
                .definedBy(push + ".firebase..")
                .layer("authenticator")
                .definedBy(push)
                .whereLayer("authenticator")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("firebase")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("enrollment")
                .mayOnlyBeAccessedByLayers("authenticator")
                .whereLayer("device")
                .mayOnlyBeAccessedByLayers("enrollment", "authenticator", "firebase")
                .whereLayer("challenge")
                .mayOnlyBeAccessedByLayers("device", "enrollment", "authenticator")
                .whereLayer("notify")
                .mayOnlyBeAccessedByLayers(
                        "challenge", "device", "enrollment", "authenticator", "firebase")
                .whereLayer("base")
                .mayOnlyBeAccessedByLayers(
                        "notify", "challenge", "device", "enrollment", "authenticator", "firebase")
                .check(MAIN);
    }

    @Test
    void onlyTheTwilioGatewayKnowsTwilio() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".phone.twilio..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.twilio..")
                .check(MAIN);
    }

    @Test
    void mainCodeNeverUsesTestLibraries() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.junit..", "org.assertj..", "org.mockito..")
                .check(MAIN);
    }

    static Stream<String> methods() {
        return METHODS.stream();
    }

    private static String[] packages(String... names) {
        return Stream.of(names).map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }
}
