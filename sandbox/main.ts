import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string", default: "4010" }, "data-dir": { type: "string" } },
});
createServer((req, res) => {
  res.writeHead(req.url === "/healthz" ? 200 : 404, { "content-type": "application/json" });
  res.end("{}");
}).listen(Number(values.port), "127.0.0.1");
