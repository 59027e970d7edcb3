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
