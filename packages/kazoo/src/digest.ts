// MD5 (RFC 1321) and SHA-1 (FIPS 180-4) of a UTF-8 string, synchronous and without `node:crypto`, so that the
// login hash works in a browser too (WebCrypto has no MD5, and its SHA-1 is asynchronous).

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const hex = (words: Uint32Array | number[], littleEndian: boolean): string => {
  let out = "";
  for (const w of words)
    for (let i = 0; i < 4; i++) {
      const byte = (w >>> (littleEndian ? 8 * i : 24 - 8 * i)) & 0xff;
      out += byte.toString(16).padStart(2, "0");
    }
  return out;
};

/** The message padded to 64-byte blocks, its bit length in the last 8 bytes (little- or big-endian). */
function pad(bytes: Uint8Array, littleEndian: boolean): DataView {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const buffer = new Uint8Array(length);
  buffer.set(bytes);
  buffer[bytes.length] = 0x80;
  const view = new DataView(buffer.buffer);
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 0x100000000);
  const low = bits >>> 0;
  // The low word comes first in little-endian order, last in big-endian.
  view.setUint32(length - (littleEndian ? 8 : 4), low, littleEndian);
  view.setUint32(length - (littleEndian ? 4 : 8), high, littleEndian);
  return view;
}

/** Adds a block's working words into the state (a Uint32Array wraps at 2^32). */
const add = (h: Uint32Array, words: number[]): void =>
  words.forEach((v, i) => {
    h[i] = h[i]! + v;
  });

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

// Per-round shift amounts and the constants floor(abs(sin(i + 1)) * 2^32) of RFC 1321.
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0);

/** Lower-case hex MD5 of the UTF-8 bytes of `text`. */
export function md5Hex(text: string): string {
  const view = pad(utf8(text), true);
  const h = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  const m = new Uint32Array(16);
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    for (let i = 0; i < 16; i++) m[i] = view.getUint32(offset + 4 * i, true);
    let [a, b, c, d] = [h[0]!, h[1]!, h[2]!, h[3]!];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const next = (b + rotl((a + f + K[i]! + m[g]!) | 0, S[(i >> 4) * 4 + (i % 4)]!)) | 0;
      a = d;
      d = c;
      c = b;
      b = next;
    }
    add(h, [a, b, c, d]);
  }
  return hex(h, true);
}

/** Lower-case hex SHA-1 of the UTF-8 bytes of `text`. */
export function sha1Hex(text: string): string {
  const view = pad(utf8(text), false);
  const h = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  const w = new Uint32Array(80);
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + 4 * i, false);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, d, e] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!];
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const next = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = next;
    }
    add(h, [a, b, c, d, e]);
  }
  return hex(h, false);
}
