import { unwrap } from "@callspec/kazoo";
import { expect } from "vitest";
import { ACCOUNT_ID, CONFERENCE_ID, USER_ID, account, kazoo, operations } from "./client.js";

const conference = { path: { ACCOUNT_ID, CONFERENCE_ID } };
const participant = { path: { ACCOUNT_ID, CONFERENCE_ID, PARTICIPANT_ID: 7 } };

operations({
  listConferences: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/conferences", { params: account })))[0]?.conference_numbers).toEqual(["4000"]),
  createConference: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/conferences", {
      params: account,
      body: { data: { name: "Weekly sync", conference_numbers: ["4000"] } },
    });
    expect(response.status).toBe(201);
    expect(data?.data.member?.pins).toEqual(["1234"]);
  },
  getConference: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}", { params: conference }))).moderator?.pins,
    ).toEqual(["4321"]),
  updateConference: async () =>
    expect(
      (
        await unwrap(
          kazoo().POST("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}", {
            params: conference,
            body: { data: { name: "Weekly sync" } },
          }),
        )
      ).owner_id,
    ).toBe(USER_ID),
  patchConference: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}", {
            params: conference,
            body: { data: { play_entry_tone: false } },
          }),
        )
      ).play_entry_tone,
    ).toBe(false),
  deleteConference: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}", { params: conference }))).id).toBe(
      CONFERENCE_ID,
    ),
  actOnConference: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}", {
      params: conference,
      body: { action: "dial", data: { endpoints: ["+14155550123"], timeout: 30 } },
    });
    expect(response.status).toBe(201);
    expect(data?.data).toBe("ok");
  },
  listConferenceParticipants: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}/participants", { params: conference })))[0]
        ?.participant_id,
    ).toBe(7),
  actOnConferenceParticipants: async () =>
    expect(
      await unwrap(
        kazoo().PUT("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}/participants", {
          params: conference,
          body: { data: { action: "relate", data: { participant_id: 7, other_participant: 8 } } },
        }),
      ),
    ).toBe("relating participants"),
  getConferenceParticipant: async () =>
    expect(
      (
        await unwrap(
          kazoo().GET("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}/participants/{PARTICIPANT_ID}", { params: participant }),
        )
      ).caller_id_number,
    ).toBe("1001"),
  actOnConferenceParticipant: async () => {
    const { response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}/participants/{PARTICIPANT_ID}", {
      params: participant,
      body: { data: { action: "mute" } },
    });
    expect(response.status).toBe(201);
  },
});
