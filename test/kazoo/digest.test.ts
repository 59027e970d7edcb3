import { createHash } from "node:crypto";
import { kazooCredentialsHash } from "@callspec/kazoo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { md5Hex, sha1Hex } from "../../packages/kazoo/src/digest.js";

describe("md5Hex (the client's own MD5, no node:crypto)", () => {
  // RFC 1321, appendix A.5.
  it.each([
    ["", "d41d8cd98f00b204e9800998ecf8427e"],
    ["a", "0cc175b9c0f1b6a831c399e269772661"],
    ["abc", "900150983cd24fb0d6963f7d28e17f72"],
    ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
    ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
    ["12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"],
  ])("RFC 1321 vector %j", (input, digest) => expect(md5Hex(input)).toBe(digest));
});

describe("sha1Hex (the client's own SHA-1, for method sha)", () => {
  // FIPS 180-2 appendix A and the NIST example values.
  it.each([
    ["abc", "a9993e364706816aba3e25717850c26c9cd0d89d"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"],
    ["", "da39a3ee5e6b4b0d3255bfef95601890afd80709"],
    ["a".repeat(1_000_000), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"],
  ])("FIPS 180 vector %#", (input, digest) => expect(sha1Hex(input)).toBe(digest));
});

describe("both agree with node:crypto", () => {
  it("on block-boundary lengths (55, 56, 63, 64, 65 bytes) and multi-byte UTF-8", () => {
    const texts = ["x".repeat(55), "x".repeat(56), "x".repeat(63), "x".repeat(64), "x".repeat(65), "grüße 😀 日本", "é".repeat(40)];
    for (const text of texts) {
      expect(md5Hex(text)).toBe(createHash("md5").update(text).digest("hex"));
      expect(sha1Hex(text)).toBe(createHash("sha1").update(text).digest("hex"));
    }
  });

  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(md5Hex(text)).toBe(createHash("md5").update(text).digest("hex"));
        expect(sha1Hex(text)).toBe(createHash("sha1").update(text).digest("hex"));
      }),
      { numRuns: 300 },
    );
  });

  it("kazooCredentialsHash stays synchronous and hashes `lower(username):password`", () => {
    const hash: string = kazooCredentialsHash("Ada@Example.NET", "correct horse");
    expect(hash).toBe(createHash("md5").update("ada@example.net:correct horse").digest("hex"));
    expect(kazooCredentialsHash("Ada@Example.NET", "correct horse", "sha")).toBe(
      createHash("sha1").update("ada@example.net:correct horse").digest("hex"),
    );
  });
});
