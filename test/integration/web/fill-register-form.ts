import type { Page } from "playwright-core";
import type { interviewBody } from "../support/interview-body.js";

/** Types a valid interview (as `interviewBody` makes one) into the register form, with one interviewer. */
export async function fillRegisterForm(page: Page, body: ReturnType<typeof interviewBody>): Promise<void> {
  await page.fill("#f-company", body.company);
  await page.fill("#f-role", body.role);
  await page.fill("#f-round", body.round);
  await page.fill("#f-interviewedAt", String(body.interviewedAt).slice(0, 16));
  await page.fill("#f-candidate-name", body.candidate.name);
  await page.fill("#f-candidate-email", body.candidate.email);
  await page.fill("#f-interviewers-0-name", "Dana Ortiz");
  await page.fill("#f-interviewers-0-email", "dana@acme.example");
  await page.fill("#f-recruiter-name", body.recruiter.name);
  await page.fill("#f-recruiter-email", body.recruiter.email);
}
