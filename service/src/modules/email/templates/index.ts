import { deliveryTest, type DeliveryTestData } from './delivery-test.ts';
import { invitation, type InvitationData } from './invitation.ts';
import { newDeviceSignIn, type NewDeviceSignInData } from './new-device-sign-in.ts';
import { notificationDigest, type NotificationDigestData } from './notification-digest.ts';
import type { EmailTemplate } from './template.ts';
import { verificationCode, type VerificationCodeData } from './verification-code.ts';

export type { DeliveryTestData, InvitationData, NewDeviceSignInData, NotificationDigestData, VerificationCodeData };

/** Every template by name, with the data it needs. Add a template here and in {@link TEMPLATES}. */
export interface EmailTemplateData {
  verification_code: VerificationCodeData;
  invitation: InvitationData;
  new_device_sign_in: NewDeviceSignInData;
  delivery_test: DeliveryTestData;
  notification_digest: NotificationDigestData;
}

export type TemplateName = keyof EmailTemplateData;

export const TEMPLATES: { [K in TemplateName]: EmailTemplate<EmailTemplateData[K]> } = {
  verification_code: verificationCode,
  invitation,
  new_device_sign_in: newDeviceSignIn,
  delivery_test: deliveryTest,
  notification_digest: notificationDigest,
};

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && Object.hasOwn(TEMPLATES, value);
}
