/** An ARN, or an ARN pattern in a regex, up to one of its fields. */
const ARN_BEFORE_FIELD = /\barn:[^\s"'`]{0,150}:$/;

/**
 * Whether the text just before `at` is an Amazon Resource Name up to one of its fields
 * (`arn:aws:secretsmanager:` before the service's resources, `…:123456789012:secret:` before a
 * resource name). What follows is part of the ARN: a word in it such as `secret`, or a
 * 40-character path after `aws:`, names no credential.
 */
export function endsInArnField(text: string, at: number): boolean {
  return ARN_BEFORE_FIELD.test(text.slice(Math.max(0, at - 200), at));
}
