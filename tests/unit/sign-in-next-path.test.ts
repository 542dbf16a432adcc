import { describe, expect, it } from "vitest";

import { safeNextPath } from "@/lib/schemas/auth";
import { hasRole, toRole } from "@/lib/auth/roles";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/projects/p1/caches?q=a")).toBe("/projects/p1/caches?q=a");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
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
