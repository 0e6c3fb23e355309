/** One report of GET mfa-portal/fraud (a 0# on a call, a denial in the mobile app). */
export type FraudReport = {
  time: number;
  userId: string;
  username: string;
  method: string;
  error: string;
  ipAddress?: string;
  reference?: string;
};

/** A page of reports; more: a next page exists; scanLimitReached: the server stopped reading events early. */
export type FraudReportPage = {
  reports: FraudReport[];
  more: boolean;
  scanLimitReached: boolean;
};

/** One user of GET mfa-portal/lockouts, with the locks that hold now and the unlocks this admin may use. */
export type LockedUser = {
  id: string;
  username: string;
  callsLocked: boolean;
  fraudBlockedUntil?: number;
  bruteForce?: "temporary" | "permanent";
  canUnlock: boolean;
  canClearBruteForce: boolean;
};

/** The filter of the reports table: days as yyyy-MM-dd (both included), a username, email or id. */
export type FraudFilter = { from: string; to: string; user: string };
