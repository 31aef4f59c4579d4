import { consoleSignInCode, type ConsoleSignInCodeData } from './console-sign-in-code.ts';
import { deliveryTest, type DeliveryTestData } from './delivery-test.ts';
import { invitation, type InvitationData } from './invitation.ts';
import { newDeviceSignIn, type NewDeviceSignInData } from './new-device-sign-in.ts';
import { notificationDigest, type NotificationDigestData } from './notification-digest.ts';
import type { EmailTemplate } from './template.ts';
import { userInvitation, type UserInvitationData } from './user-invitation.ts';
import { verificationCode, type VerificationCodeData } from './verification-code.ts';

export type {
  ConsoleSignInCodeData,
  DeliveryTestData,
  InvitationData,
  NewDeviceSignInData,
  NotificationDigestData,
  UserInvitationData,
  VerificationCodeData,
};

/** Every template by name, with the data it needs. Add a template here and in {@link TEMPLATES}. */
export interface EmailTemplateData {
  verification_code: VerificationCodeData;
  invitation: InvitationData;
  new_device_sign_in: NewDeviceSignInData;
  delivery_test: DeliveryTestData;
  notification_digest: NotificationDigestData;
  console_sign_in_code: ConsoleSignInCodeData;
  user_invitation: UserInvitationData;
}

export type TemplateName = keyof EmailTemplateData;

export const TEMPLATES: { [K in TemplateName]: EmailTemplate<EmailTemplateData[K]> } = {
  verification_code: verificationCode,
  invitation,
  new_device_sign_in: newDeviceSignIn,
  delivery_test: deliveryTest,
  notification_digest: notificationDigest,
  console_sign_in_code: consoleSignInCode,
  user_invitation: userInvitation,
};

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && Object.hasOwn(TEMPLATES, value);
}
