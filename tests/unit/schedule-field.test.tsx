// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";

import { ScheduleField } from "@/components/schedule/schedule-field";

function Harness({ initial = "" }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ScheduleField label="Incremental sync every" value={value} onValueChange={setValue} />
      <span data-testid="value">{value}</span>
    </>
  );
}

afterEach(cleanup);

describe("ScheduleField", () => {
  it("turns everyday input into the canonical form and words while typing", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText("Incremental sync every"), { target: { value: "every 6 hours" } });
    expect(screen.getByTestId("value").textContent).toBe("PT6H");
    expect(screen.getByRole("status").textContent).toBe("PT6H · every 6 hours");
    expect(screen.getByLabelText("Incremental sync every").getAttribute("aria-invalid")).toBeNull();
  });

  it("explains P1W with the fix and offers it", () => {
    render(<Harness />);
    const input = screen.getByLabelText("Incremental sync every");
    fireEvent.change(input, { target: { value: "P1W" } });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const errorId = input
      .getAttribute("aria-describedby")
      ?.split(" ")
      .find((id) => id.endsWith("-error"));
    expect(document.getElementById(errorId ?? "")?.textContent).toMatch(/use P7D/);
    fireEvent.click(screen.getByRole("button", { name: "P7D" }));
    expect(screen.getByTestId("value").textContent).toBe("P7D");
    expect(screen.getByRole("button", { name: "Weekly" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("rejects a zero interval even though it parses", () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText("Incremental sync every"), { target: { value: "PT0S" } });
    expect(screen.getByText("The interval must be longer than zero.")).toBeTruthy();
  });

  it("presets fill the field", () => {
    render(<Harness initial="PT1H" />);
    fireEvent.click(screen.getByRole("button", { name: "12 h" }));
    expect(screen.getByLabelText<HTMLInputElement>("Incremental sync every").value).toBe("PT12H");
  });

  it("leaves no empty line between the field and a form error, but keeps the status for screen readers", () => {
    function Required() {
      const [value, setValue] = useState("");
      const error = value ? undefined : "Choose how often to run the incremental sync.";
      return (
        <ScheduleField label="Incremental sync every" value={value} onValueChange={setValue} error={error} />
      );
    }
    render(<Required />);
    const status = screen.getByRole("status");
    expect(status.className.split(" ")).toContain("sr-only");
    fireEvent.change(screen.getByLabelText("Incremental sync every"), { target: { value: "every 6 hours" } });
    expect(status.className.split(" ")).not.toContain("sr-only");
    expect(status.textContent).toBe("PT6H · every 6 hours");
  });
});
