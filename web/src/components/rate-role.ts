/**
 * antd's Rate draws a plain list of radio stars; the form gives it aria-required and
 * aria-invalid, which a list may not carry. As a radio group (Rate passes the role through,
 * though its props do not declare it) the stars are one question to a screen reader.
 */
export const rateAsRadioGroup = { role: 'radiogroup' } as const;
