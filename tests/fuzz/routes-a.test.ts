// Half of the route fuzz (tests/fuzz/registry/routes.ts, every other entry), so that Vitest's two workers can
// pack the fuzz files evenly. What is checked: tests/fuzz/support/route-fuzz.ts.
import { ROUTE_TARGETS } from "./registry/routes";
import { shareOf } from "./support/action-fuzz";
import { describeRouteFuzz } from "./support/route-fuzz";

describeRouteFuzz(shareOf(ROUTE_TARGETS, 0, 2));
