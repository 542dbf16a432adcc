// The client's address, from the connection. Forwarding headers are believed only from a configured proxy.
import { BlockList, isIP } from "node:net";

import { CLIENT_ADDRESS_HEADER } from "../../lib/client-address-header.js";

/** Every header some proxy or CDN uses to name the client: all of them are removed from what reaches the app. */
export const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-forwarded",
  "forwarded-for",
  "x-real-ip",
  "x-client-ip",
  "x-cluster-client-ip",
  "x-original-forwarded-for",
  "cf-connecting-ip",
  "true-client-ip",
  "fastly-client-ip",
  "x-appengine-user-ip",
];

export { CLIENT_ADDRESS_HEADER };

const unmapped = (address) =>
  address?.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/** CONSOLE_TRUSTED_PROXIES ("10.0.0.1, 10.1.0.0/16, fd00::/8"), already checked by lib/server/env-schema.js. */
export function parseTrustedProxies(text) {
  const list = new BlockList();
  for (const entry of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address) === 4 ? "ipv4" : "ipv6";
    list.addSubnet(address, prefix === undefined ? (family === "ipv4" ? 32 : 128) : Number(prefix), family);
  }
  return { has: (address) => contains(list, address) };
}

function contains(list, address) {
  const plain = unmapped(address);
  const family = isIP(plain ?? "");
  return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
}

const header = (headers, name) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/** The hops a proxy reported, nearest last: X-Forwarded-For, else Forwarded's for=, else X-Real-IP. */
function reportedHops(headers) {
  const xff = header(headers, "x-forwarded-for");
  if (xff) return xff.split(",").map((s) => s.trim());
  const forwarded = header(headers, "forwarded");
  if (forwarded) {
    return forwarded
      .split(",")
      .map((element) => /(?:^|;)\s*for="?\[?([^\]";,]+)\]?(?::\d+)?"?/i.exec(element)?.[1] ?? "")
      .map((s) => s.trim());
  }
  const realIp = header(headers, "x-real-ip");
  return realIp ? [realIp.trim()] : [];
}

/** The peer itself, unless it is a trusted proxy: then the nearest reported hop that is not one. */
export function clientAddress(peer, headers, trusted) {
  let address = unmapped(peer) ?? "";
  if (!trusted.has(address)) return address;
  const hops = reportedHops(headers);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = unmapped(hops[i]);
    if (!isIP(hop)) return address;
    address = hop;
    if (!trusted.has(hop)) return hop;
  }
  return address;
}
