/** Boot data of IGNY8 → Strategies. */
export interface StrategiesState {
	/** Settings → Author profiles, for users who may manage them (else null). */
	profilesUrl: string | null;
}
