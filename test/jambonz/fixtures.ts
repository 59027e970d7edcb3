// The ids every jambonz test uses: the sids of the recorded server (see specs/jambonz/README.md), in one place.
export const ACCOUNT_SID = "a36c677b-b93d-4d54-8282-d506f2819691";
export const SEEDED_ACCOUNT_SID = "9351f46a-678c-43f5-b8a6-d4eb58d131af";
export const SERVICE_PROVIDER_SID = "2708b1b3-2736-40ea-b502-c53d8396247f";
export const APPLICATION_SID = "cd5b962b-7003-47fd-8997-3aac02f8b07b";
export const VOIP_CARRIER_SID = "be132973-60a5-4e23-8cd6-b5e80ac3317c";
export const PHONE_NUMBER_SID = "6581168b-1307-4bd3-a924-787ad4ba66bd";
export const CALL_SID = "1cd41724-84b6-45d5-8ffc-1a63aae8af72";
/** A v4 UUID that names no object. */
export const UNKNOWN_SID = "00000000-0000-4000-8000-000000000000";
/** A webhook secret for signing tests (not a real one). */
export const WEBHOOK_SECRET = "wh_secret_test_only_0000";
export const USER_SID = "12c80508-edf9-4b22-8d09-55abd02648eb";
/** The user that `/signin` and `/register` answer with. */
export const SIGNED_IN_USER_SID = "5f0e2b9c-3d4a-4c6b-8e1f-7a9b0c1d2e3f";
export const API_KEY_SID = "929542cc-8dcf-4f7a-be2d-cdf748735de6";
export const SPEECH_CREDENTIAL_SID = "6b0a4c83-9e5f-4db0-ac34-5f7b8a9cadbe";
export const GOOGLE_CUSTOM_VOICE_SID = "d271b3fa-05c6-4427-93b1-c0e2f1023145";
export const LCR_SID = "af4e80c7-d293-41f4-a078-9dbfcedf0e12";
export const LCR_ROUTE_SID = "b05f91d8-e3a4-4205-b189-aec0dfe01f23";
export const LCR_CARRIER_SET_ENTRY_SID = "c160a2e9-f4b5-4316-82a0-bfd1e0f12034";
export const CLIENT_SID = "f493d51c-27e8-4649-b5d3-e20413245367";
export const MS_TEAMS_TENANT_SID = "e382c40b-16d7-4538-a4c2-d1f302134256";
export const SIP_GATEWAY_SID = "4f8e2a61-7c3d-4b9e-8a12-3d5f6e7a8b9c";
export const SMPP_GATEWAY_SID = "5a9f3b72-8d4e-4caf-9b23-4e6a7f8b9cad";
export const PRODUCT_SID = "35a0f2a3-6c4b-4d5e-8f60-7a8b9c0d1e2f";
/** The call of the recent-calls examples (a finished call, unlike CALL_SID). */
export const RECENT_CALL_SID = "67574965-2a4b-4c6d-8e9f-0a1b2c3d4e5f";
export const PREDEFINED_CARRIER_SID = "9e3d7fb6-c182-40e3-9f67-8caebdcfd0e1";
/** A SIP Call-ID as recent-call traces are keyed by (has an `@`, so it must be encoded in a path). */
export const SIP_CALL_ID = "cid0@127.0.0.1";
export const TRACE_ID = "6f1c2b3a4d5e6f708192a3b4c5d6e7f8";
export const SBC_SID = "7c1b5d94-af60-4ec1-bd45-6a8c9badbecf";
export const SMPP_SID = "8d2c6ea5-b071-4fd2-8e56-7b9dacbecfd0";
/** The call hook of APPLICATION_SID. */
export const WEBHOOK_SID = "1842c43a-7032-4ee2-8b42-49d4d350d397";
