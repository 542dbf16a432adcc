"use server";

import { revalidatePath } from "next/cache";

import { removeUser, resetUserPassword, setUserDisabled } from "@/lib/server/user-admin";

import { userAdminAction } from "./user-action";

const refreshList = () => revalidatePath("/users");

export const disableUserAction = userAdminAction("disableUser", "disable", async (userId) => {
  await setUserDisabled(userId, true);
  refreshList();
  return null;
});

export const enableUserAction = userAdminAction("enableUser", "enable", async (userId) => {
  await setUserDisabled(userId, false);
  refreshList();
  return null;
});

export const removeUserAction = userAdminAction("removeUser", "remove", async (userId) => {
  await removeUser(userId);
  refreshList();
  return null;
});

/** The new password goes back once, to the admin who asked; nothing keeps it. */
export const resetPasswordAction = userAdminAction("resetPassword", "reset-password", (userId) =>
  resetUserPassword(userId),
);
