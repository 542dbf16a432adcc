import { configPost } from "@/lib/server/api/config-routes";

export const POST = configPost("plan");
