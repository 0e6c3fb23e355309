import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import FraudReportsSection from "./FraudReportsSection";
import LockedUsersSection from "./LockedUsersSection";

/** The fraud and lockout view: fraud reports (filterable by day and user) and the users locked now. */
export default function FraudPage() {
  return (
    <>
      <ViewHeader titleKey="mfaFraudAndLockouts" subKey="mfaFraudAndLockoutsHelp" />
      <FraudReportsSection />
      <LockedUsersSection />
    </>
  );
}
