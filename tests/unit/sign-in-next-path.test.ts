import { describe, expect, it } from "vitest";

import { safeNextPath } from "@/lib/schemas/auth";
import { hasRole, toRole } from "@/lib/auth/roles";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/projects/p1/caches?q=a")).toBe("/projects/p1/caches?q=a");
  });

  it("keeps a normalised path and its fragment", () => {
    expect(safeNextPath("/projects/./p1/../p2?x=1#top")).toBe("/projects/p2?x=1#top");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    // Issue 12: browsers drop the tab, so this was "//evil.example".
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example".replace("%09", "\u0009"),
    "/\u0000admin",
    "/%E0%A4%A",
    "/caches?q=%ZZ",
    "",
    undefined,
  ])("sends %s home", (value) => {
    expect(safeNextPath(value)).toBe("/");
  });
});

describe("roles", () => {
  it("orders viewer < operator < admin", () => {
    expect(hasRole("admin", "operator")).toBe(true);
    expect(hasRole("operator", "operator")).toBe(true);
    expect(hasRole("viewer", "operator")).toBe(false);
    expect(hasRole("operator", "admin")).toBe(false);
  });

  it("treats an unknown stored role as the least privileged", () => {
    expect(toRole("superuser")).toBe("viewer");
    expect(toRole(null)).toBe("viewer");
    expect(toRole("admin")).toBe("admin");
  });
});
