/** How risky a customer (or an invoice) is, in three words a worklist can sort and colour by. */
export type RiskBand = "low" | "medium" | "high";

/**
 * Risk-score thresholds (0–100, the probability of paying late × 100). On the IBM sample about a third of
 * invoices are paid late, so "medium" starts a little below that base rate and "high" where late is the more
 * likely outcome by a clear margin.
 */
export const RISK_BAND_FLOORS: Readonly<Record<Exclude<RiskBand, "low">, number>> = { medium: 30, high: 60 };

/**
 * The band of a 0–100 risk score.
 *
 * @example toRiskBand(12) //=> "low"
 * @example toRiskBand(30) //=> "medium"
 * @example toRiskBand(85) //=> "high"
 */
export function toRiskBand(riskScore: number): RiskBand {
  if (riskScore >= RISK_BAND_FLOORS.high) return "high";
  if (riskScore >= RISK_BAND_FLOORS.medium) return "medium";
  return "low";
}

/**
 * A probability of paying late as a 0–100 risk score (whole points).
 *
 * @example toRiskScore(0.834) //=> 83
 */
export function toRiskScore(probabilityLate: number): number {
  return Math.round(Math.min(1, Math.max(0, probabilityLate)) * 100);
}
