// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { LastSync } from "@/components/freshness/last-sync";

afterEach(cleanup);

describe("LastSync without a success in the kept history", () => {
  it("says the history is what it looked at, in the words the freshness card uses", () => {
    const { container } = render(
      <LastSync lastSyncAt={null} lastSyncKnown historySince="2026-12-03T12:55:16Z" currentRun={null} />,
    );
    expect(container.textContent).toBe("none kept since 2026-12-03");
  });

  it("says never when Peaka holds no run at all, and checking while it is not known yet", () => {
    const never = render(<LastSync lastSyncAt={null} lastSyncKnown historySince={null} currentRun={null} />);
    expect(never.container.textContent).toBe("never");
    cleanup();
    const checking = render(
      <LastSync lastSyncAt={null} lastSyncKnown={false} historySince={null} currentRun={null} />,
    );
    expect(checking.container.textContent).toBe("checking…");
  });
});
