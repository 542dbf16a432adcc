// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { CadencePreview } from "@/components/schedule/cadence-preview";

afterEach(cleanup);

describe("CadencePreview", () => {
  it("says what is missing instead of drawing a plan when a field is empty or invalid", () => {
    // What the forms pass while a schedule is switched on but not valid yet: no expressions, and why.
    render(
      <CadencePreview
        incremental={null}
        fullRefresh={null}
        missing={["Full refresh: Enter how often to run, for example PT6H or P1D."]}
      />,
    );
    expect(screen.getByRole("status").textContent).toContain(
      "No estimate until the schedules are complete:Full refresh: Enter how often to run",
    );
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByText(/Initial full load|Next run/)).toBeNull();
    expect(screen.queryByText("Full refreshes per day")).toBeNull();
  });

  it("predicts an initial load for a new cache", () => {
    render(<CadencePreview incremental="PT6H" fullRefresh="P1D" />);
    expect(screen.getByText("Initial full load")).toBeTruthy();
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain("initial sync");
  });

  it("predicts no initial load when saving new schedules on an existing cache", () => {
    render(<CadencePreview anchor="save" incremental="PT6H" fullRefresh="P1D" />);
    expect(screen.queryByText(/Initial/)).toBeNull();
    expect(screen.getByText("Next 5 runs")).toBeTruthy();
    expect(screen.getAllByText("Incremental sync").length).toBeGreaterThan(1);
    expect(screen.getByRole("img").getAttribute("aria-label")).not.toContain("initial");
  });
});
