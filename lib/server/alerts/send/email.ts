import "server-only";

import nodemailer from "nodemailer";

import { emailBody, type AlertEvent } from "@/lib/alerts/payload";

import type { SendResult } from "./webhook";

/** The stored URL has no password; it is put back from the channel's secret only here, for the connection. */
export function smtpUrlWithPassword(url: string, password: string | null): string {
  if (!password) return url;
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export async function sendEmail(
  target: { url: string; secret: string | null; emailTo: string },
  event: AlertEvent,
  from: string,
  timeoutMs: number,
): Promise<SendResult> {
  const url = new URL(smtpUrlWithPassword(target.url, target.secret));
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A local mail catcher has no certificate; STARTTLS stays on when the server offers it.
    tls: { rejectUnauthorized: url.searchParams.get("tls") !== "insecure" },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const { subject, text, html } = emailBody(event);
  try {
    const info = await transport.sendMail({
      from,
      to: target.emailTo,
      subject,
      text,
      html,
      headers: { "X-Cache-Console-Event-Id": event.eventId },
    });
    return { ok: true, answer: String(info.response ?? "accepted").slice(0, 300) };
  } catch (error) {
    // nodemailer's messages name the server and the SMTP reply, never the password.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, answer: message.replace(/\/\/[^@/\s]*@/g, "//").slice(0, 300) };
  } finally {
    transport.close();
  }
}
