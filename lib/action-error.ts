/** An error whose message is safe to show: thrown on purpose with wording written for people. */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ActionError";
  }
}
