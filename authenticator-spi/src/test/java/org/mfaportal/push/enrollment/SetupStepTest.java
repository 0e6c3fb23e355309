package org.mfaportal.push.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The setup's step survives its one auth note whole, at each stage. */
class SetupStepTest {

    @Test
    void eachStageReadsBackAsWritten() throws Exception {
        SetupStep activating = SetupStep.activating("MA0001", "ABCD-EFGH", "t1", "My phone");
        SetupStep approving = activating.approving("n1");
        for (SetupStep step :
                new SetupStep[] {activating, approving, approving.activatingAgain()}) {
            assertThat(
                            JsonSerialization.readValue(
                                    JsonSerialization.writeValueAsString(step), SetupStep.class))
                    .isEqualTo(step);
        }
        assertThat(approving.stage()).isEqualTo(SetupStep.Stage.APPROVING);
        assertThat(approving.activatingAgain()).isEqualTo(activating);
    }
}
